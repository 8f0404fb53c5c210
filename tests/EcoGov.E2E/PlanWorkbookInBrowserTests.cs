using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace EcoGov.E2E;

/// <summary>
/// 导出模板 and 导入规划 in the browser (issue 11 item 6): a plan's workbook downloaded from its page, two errors planted in
/// it as a user would make them, the upload refused with both listed by sheet, row and column; the corrected file
/// (the download itself) imported with 替换已有规划.
/// </summary>
public sealed class PlanWorkbookInBrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private async Task<IPage> SignedIn()
    {
        var page = await server.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            AcceptDownloads = true,
        });
        await page.GotoAsync(server.BaseUrl + "/Login");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", ServerFixture.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(server.BaseUrl + "/");
        return page;
    }

    /// <summary>Sets a text cell of a sheet (an empty value removes the cell), as editing it in a spreadsheet program would.</summary>
    private static void SetCell(string path, string sheetName, string reference, string value)
    {
        using var doc = SpreadsheetDocument.Open(path, true);
        var book = doc.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var data = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
        var cell = data.Descendants<Cell>().Single(c => c.CellReference == reference);
        if (value.Length == 0) cell.Remove();
        else
        {
            cell.RemoveAllChildren();
            cell.DataType = CellValues.InlineString;
            cell.Append(new InlineString(new Text(value)));
        }
        book.Workbook.Save();
    }

    [Fact]
    public async Task A_plan_office_exports_a_plan_and_imports_it_back_with_the_errors_listed_first()
    {
        var page = await SignedIn();
        await page.GotoAsync(server.BaseUrl + "/Plans/chengqu-2023-water");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-workbook"));
        Assert.Equal("chengqu-2023-water.xlsx", download.SuggestedFilename);
        var good = Path.Combine(server.TempDirectory, "chengqu-2023-water.xlsx");
        await download.SaveAsAsync(good);
        var bad = Path.Combine(server.TempDirectory, "chengqu-2023-water-改.xlsx");
        File.Copy(good, bad);
        SetCell(bad, "规划", "B3", "");               // 规划名称 cleared
        SetCell(bad, "规划", "B7", "2023-05-32");     // 印发日期 not a day

        await page.ClickAsync("#import-workbook");
        await page.WaitForURLAsync("**/Plans/Import");
        await page.SetInputFilesAsync("#plan-import input[type=file]", bad);
        await page.CheckAsync("#plan-import input[type=checkbox]");
        await page.ClickAsync("#plan-import button");
        await page.WaitForSelectorAsync("#import-errors");
        var rows = await page.Locator("#import-errors tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains("规划\t3\t规划名称\t必填", rows[0]);
        Assert.Contains("规划\t7\t印发日期\t", rows[1]);
        Assert.Contains("未保存任何内容", await page.InnerTextAsync("#import-summary"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "plan-import-errors.png"), FullPage = true });

        await page.SetInputFilesAsync("#plan-import input[type=file]", good);
        await page.CheckAsync("#plan-import input[type=checkbox]");
        await page.ClickAsync("#plan-import button");
        await page.WaitForSelectorAsync("#import-summary.notice");
        Assert.Contains("已替换规划内容", await page.InnerTextAsync("#import-summary"));
        await page.ClickAsync("#import-summary a");
        await page.WaitForURLAsync("**/Plans/chengqu-2023-water");
        Assert.Contains("白水河", await page.InnerTextAsync("#sections + table"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ServerFixture.Screenshots, "plan-import-done.png"), FullPage = false });
    }
}
