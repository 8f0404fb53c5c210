using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EcoGov.Web;

/// <summary>
/// 界面语言 the web UI's language: Chinese (zh-CN) by default, English switchable. Only the standard culture cookie
/// (<see cref="CookieRequestCultureProvider"/>, set by GET /language) chooses it — never Accept-Language, so every
/// browser gets Chinese until the user switches. The cookie chooses the UI culture only (the text, from
/// <see cref="SharedText"/>'s catalogue); the formatting culture stays zh-CN for both languages, so numbers and dates
/// look the same whatever the language (docs/architecture.md, "Message catalogue").
/// </summary>
public static class WebLocalization
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    /// <summary>The languages of the switch, default first.</summary>
    public static readonly IReadOnlyList<string> Languages = [Chinese, English];

    public const string LanguagePath = "/language";

    public static void AddWebLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Chinese, Chinese);
            o.SupportedCultures = [new CultureInfo(Chinese)];
            o.SupportedUICultures = [.. Languages.Select(l => new CultureInfo(l))];
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        // The model-binding messages ("The value '' is invalid.") from the catalogue, in the request's language.
        services.AddSingleton<IConfigureOptions<MvcOptions>, BindingMessages>();
    }

    /// <summary>The Razor pages' DataAnnotations messages and display names from the catalogue.</summary>
    public static IMvcBuilder AddCatalogueAnnotations(this IMvcBuilder mvc) =>
        mvc.AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedText)));

    /// <summary>
    /// GET /language?culture=en&amp;returnUrl=/public: stores the language in the culture cookie and goes back to the
    /// (local) page. A language not offered or a return address off the site is refused with 400.
    /// </summary>
    public static void MapLanguage(this WebApplication app) =>
        app.MapGet(LanguagePath, SetLanguage).AllowAnonymous().ExcludeFromDescription();

    private static IResult SetLanguage(HttpContext context, IStringLocalizer<SharedText> text, string? culture, string? returnUrl)
    {
        var language = Languages.FirstOrDefault(l => string.Equals(l, culture, StringComparison.OrdinalIgnoreCase));
        if (language is null)
            return TypedResults.Text(text["不支持的界面语言，可选：{0}。", string.Join("、", Languages)], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var target = string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl;
        if (!IsLocal(target))
            return TypedResults.Text(text["返回地址必须是本站的页面。"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Chinese, language)),
            new CookieOptions
            {
                Path = "/",
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
        return TypedResults.Redirect(target);
    }

    /// <summary>A path on this site ("/x", not "//host" or "/\host"), as Url.IsLocalUrl decides.</summary>
    public static bool IsLocal(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    /// <summary>The language switch's link to the other language, back to the page shown now.</summary>
    public static string SwitchLink(HttpContext context, string language) =>
        $"{LanguagePath}?culture={Uri.EscapeDataString(language)}&returnUrl={Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString)}";

    /// <summary>The page's language for &lt;html lang&gt;: zh-CN or en.</summary>
    public static string PageLanguage => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Chinese;

    /// <summary>Model binding's messages, looked up in the catalogue at the time of binding (the request's UI culture).</summary>
    private sealed class BindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
    {
        public void Configure(MvcOptions options)
        {
            var t = factory.Create(typeof(SharedText));
            var m = options.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((value, field) => t["“{0}”不是{1}的有效值。", value, field]);
            m.SetMissingBindRequiredValueAccessor(field => t["缺少{0}的值。", field]);
            m.SetMissingKeyOrValueAccessor(() => t["缺少值。"]);
            m.SetMissingRequestBodyRequiredValueAccessor(() => t["请求正文不能为空。"]);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["“{0}”不是有效值。", value]);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["所填的值无效。"]);
            m.SetNonPropertyValueMustBeANumberAccessor(() => t["此处必须填写数字。"]);
            m.SetUnknownValueIsInvalidAccessor(field => t["{0}的值无效。", field]);
            m.SetValueIsInvalidAccessor(value => t["“{0}”无效。", value]);
            m.SetValueMustBeANumberAccessor(field => t["{0}必须是数字。", field]);
            m.SetValueMustNotBeNullAccessor(value => t["{0}不能为空。", value]);
        }
    }
}
