using EcoGov.Core.Zoning;
using EcoGov.Spatial.Crs;
using EcoGov.Spatial.Zoning.Assessment;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace EcoGov.Reports.Zoning;

/// <summary>
/// 选址示意图: a PNG of the site (red) over the control units coloured by class, rivers in blue and the other
/// layers, with a scale bar, a north arrow, a legend and a "示意数据" watermark when any layer is synthetic. Drawn in
/// the site's Gauss-Krüger frame (metres, north up).
/// </summary>
public static class AssessmentMap
{
    private static readonly Lazy<SKTypeface> Cjk = new(FindCjkTypeface);

    /// <summary>The CJK typeface used: fontconfig family "Noto Sans CJK SC" (fonts-noto-cjk), else any font that has 中.</summary>
    public static SKTypeface Typeface => Cjk.Value;

    private static readonly string[] Families = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Noto Serif CJK SC", "SimHei", "Microsoft YaHei"];

    /// <remarks>
    /// SkiaSharp.NativeAssets.Linux.NoDependencies is built without fontconfig, so family names are resolved by
    /// asking fontconfig's command-line tool (fc-match "Noto Sans CJK SC" → file and face index), then by scanning
    /// the usual font folders for a Noto/Source Han CJK file, and only then by Skia's own manager.
    /// </remarks>
    private static SKTypeface FindCjkTypeface()
    {
        foreach (var family in Families)
            if (FcMatch(family) is { } hit && SKTypeface.FromFile(hit.File, hit.Index) is { } tf && HasHan(tf)) return tf;
        foreach (var dir in new[] { "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts") })
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => f.Contains("SansCJK", StringComparison.OrdinalIgnoreCase) || f.Contains("SourceHanSans", StringComparison.OrdinalIgnoreCase) || f.Contains("wqy", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal))
                if (SKTypeface.FromFile(file) is { } tf && HasHan(tf)) return tf;
        }
        foreach (var family in Families)
            if (SKFontManager.Default.MatchFamily(family) is { } tf && HasHan(tf)) return tf;
        return SKFontManager.Default.MatchCharacter('中') ?? SKTypeface.Default;
    }

    private static (string File, int Index)? FcMatch(string family)
    {
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo("fc-match", ["-f", "%{file}|%{index}|%{family}", family])
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var p = System.Diagnostics.Process.Start(psi);
            if (p is null) return null;
            var output = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(5000)) { p.Kill(); return null; }
            var parts = output.Split('|');
            if (parts.Length < 3 || !parts[2].Contains(family, StringComparison.OrdinalIgnoreCase) || !File.Exists(parts[0])) return null;
            return (parts[0], int.TryParse(parts[1], out var i) ? i : 0);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no fontconfig tools
        }
    }

    private static bool HasHan(SKTypeface tf)
    {
        using var f = new SKFont(tf, 12);
        return f.ContainsGlyph('中');
    }

    public static SKColor ClassColor(string? cls) => cls switch
    {
        { } c when c.Contains("优先") => new SKColor(0x4d, 0xaf, 0x4a, 150),
        { } c when c.Contains("重点") => new SKColor(0xf4, 0x6d, 0x43, 140),
        { } c when c.Contains("一般") => new SKColor(0xfe, 0xe0, 0x8b, 170),
        _ => new SKColor(0xbd, 0xbd, 0xbd, 140),
    };

    /// <summary>Renders the map as PNG bytes.</summary>
    public static byte[] RenderPng(AssessmentResult result, int width = 1600, int height = 1200)
    {
        var frame = MetricFrame.ForZone(CoordinateSystems.ZoneFor(result.Site.Geometry.EnvelopeInternal.Centre.X));
        var site = frame.Project(result.Site.Geometry);
        var env = new Envelope(site.EnvelopeInternal);
        foreach (var l in result.Layers.Where(l => l.Distance <= 5000))
            if (result.Sources.FirstOrDefault(s => s.Layer == l.Layer)?.Snapshot.Features.FirstOrDefault(f => f.Id == l.Id) is { } f)
            {
                var p = frame.Project(f.Geometry);
                // include the nearest part only (rivers can be long)
                var near = NetTopologySuite.Operation.Distance.DistanceOp.NearestPoints(site, p);
                env.ExpandToInclude(near[1]);
            }
        var half = Math.Max(Math.Max(env.Width, env.Height) * 0.65, 1500);
        var cx = env.Centre.X;
        var cy = env.Centre.Y;
        var aspect = (double)width / height;
        var view = new Envelope(cx - half * aspect, cx + half * aspect, cy - half, cy + half);
        var scale = width / view.Width;
        SKPoint Px(double x, double y) => new((float)((x - view.MinX) * scale), (float)(height - (y - view.MinY) * scale));

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(0xf7, 0xf7, 0xf2));
        using var font = new SKFont(Typeface, 26);
        using var small = new SKFont(Typeface, 22);
        using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var halo = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 5 };

        // geographic query envelope covering the view (generous)
        var geoCentre = result.Site.Geometry.EnvelopeInternal;
        var query = new Envelope(geoCentre);
        query.ExpandBy(half * 2 / 90_000.0, half * 2 / 110_000.0);
        query.ExpandBy(view.Width / 90_000.0, view.Height / 90_000.0);

        var units = result.Sources.FirstOrDefault(s => s.Layer == ZoningLayerKinds.Units.Code);
        var labels = new List<(SKPoint, string)>();
        if (units is not null)
        {
            foreach (var e in units.Query(query))
            {
                var g = e.Projected(frame);
                if (!g.EnvelopeInternal.Intersects(view)) continue;
                using var fill = new SKPaint { Color = ClassColor(e.Feature.Attribute(UnitFields.Class)), Style = SKPaintStyle.Fill, IsAntialias = true };
                using var stroke = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true };
                using var path = PathOf(g, Px);
                canvas.DrawPath(path, fill);
                canvas.DrawPath(path, stroke);
                var clipped = g.Intersection(Polygonize(view));
                if (!clipped.IsEmpty && clipped.Area > view.Area * 0.01)
                {
                    var ip = clipped.InteriorPoint;
                    labels.Add((Px(ip.X, ip.Y), e.Feature.Attribute(UnitFields.Code) ?? e.Feature.Id));
                }
            }
        }

        foreach (var layer in result.Sources.Where(s => s.Layer != ZoningLayerKinds.Units.Code))
        {
            var (color, width2, fillAlpha) = layer.Layer switch
            {
                "rivers" => (new SKColor(0x21, 0x66, 0xac), 5f, (byte)0),
                "river-management" => (new SKColor(0x67, 0xa9, 0xcf), 3f, (byte)40),
                "urban-core" => (new SKColor(0x40, 0x40, 0x40), 3f, (byte)50),
                "water-sources" => (new SKColor(0x00, 0x9a, 0xc7), 3f, (byte)90),
                "parks" => (new SKColor(0x7b, 0x32, 0x94), 3f, (byte)50),
                "farmland" => (new SKColor(0xb8, 0x86, 0x0b), 2f, (byte)50),
                "sensitive" => (new SKColor(0xc5, 0x1b, 0x7d), 3f, (byte)70),
                _ => (new SKColor(0x8c, 0x51, 0x0a), 3f, (byte)60),
            };
            foreach (var e in layer.Query(query))
            {
                var g = e.Projected(frame);
                if (!g.EnvelopeInternal.Intersects(view)) continue;
                using var stroke = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width2, IsAntialias = true };
                using var fill = new SKPaint { Color = color.WithAlpha(fillAlpha), Style = SKPaintStyle.Fill, IsAntialias = true };
                if (g.Dimension == Dimension.Point)
                {
                    foreach (var c in g.Coordinates) { var p = Px(c.X, c.Y); canvas.DrawCircle(p, 9, fill.Color.Alpha == 0 ? stroke : fill); canvas.DrawCircle(p, 9, stroke); }
                }
                else
                {
                    using var path = PathOf(g, Px);
                    if (g.Dimension == Dimension.Surface && fillAlpha > 0) canvas.DrawPath(path, fill);
                    canvas.DrawPath(path, stroke);
                }
                var name = e.Feature.Name ?? e.Feature.Attribute("name");
                if (name is not null)
                {
                    var clip = g.Intersection(Polygonize(view));
                    if (!clip.IsEmpty)
                    {
                        var ip = clip.Dimension == Dimension.Surface ? clip.InteriorPoint.Coordinate : clip.Coordinates[clip.Coordinates.Length / 2];
                        labels.Add((Px(ip.X, ip.Y) + new SKPoint(8, -8), name));
                    }
                }
            }
        }

        // the site
        using (var siteFill = new SKPaint { Color = new SKColor(0xe3, 0x1a, 0x1c, 90), Style = SKPaintStyle.Fill, IsAntialias = true })
        using (var siteStroke = new SKPaint { Color = new SKColor(0xe3, 0x1a, 0x1c), Style = SKPaintStyle.Stroke, StrokeWidth = 5, IsAntialias = true })
        {
            if (site.Dimension == Dimension.Point)
                foreach (var c in site.Coordinates)
                {
                    var p = Px(c.X, c.Y);
                    canvas.DrawCircle(p, 16, siteFill);
                    canvas.DrawCircle(p, 16, siteStroke);
                    canvas.DrawLine(p.X - 24, p.Y, p.X + 24, p.Y, siteStroke);
                    canvas.DrawLine(p.X, p.Y - 24, p.X, p.Y + 24, siteStroke);
                }
            else
            {
                using var path = PathOf(site, Px);
                if (site.Dimension == Dimension.Surface) canvas.DrawPath(path, siteFill);
                canvas.DrawPath(path, siteStroke);
            }
        }

        // greedy label placement: feature names (added last) first, then unit codes; skip a label that would overlap one drawn
        var placed = new List<SKRect>();
        foreach (var (p, label) in labels.AsEnumerable().Reverse())
        {
            var w = small.MeasureText(label);
            var box = new SKRect(p.X - w / 2 - 4, p.Y - small.Size, p.X + w / 2 + 4, p.Y + 6);
            if (placed.Any(b => b.IntersectsWith(box))) box.Offset(0, small.Size * 1.4f);
            if (placed.Any(b => b.IntersectsWith(box))) continue;
            placed.Add(box);
            var at = new SKPoint(p.X, box.Bottom - 6);
            canvas.DrawText(label, at, SKTextAlign.Center, small, halo);
            canvas.DrawText(label, at, SKTextAlign.Center, small, text);
        }

        DrawScaleBar(canvas, scale, height, font, text);
        DrawNorthArrow(canvas, width, font, text);
        DrawLegend(canvas, width, height, small, text, result);
        canvas.DrawText($"坐标系：CGCS2000 / 3度带高斯-克吕格 EPSG:{frame.Epsg}", new SKPoint(20, 36), SKTextAlign.Left, small, text);

        if (result.UsesSyntheticData)
        {
            using var wm = new SKFont(Typeface, 180);
            using var wmPaint = new SKPaint { Color = new SKColor(0x80, 0x80, 0x80, 70), IsAntialias = true };
            canvas.Save();
            canvas.RotateDegrees(-30, width / 2f, height / 2f);
            canvas.DrawText("示意数据", new SKPoint(width / 2f, height / 2f + 60), SKTextAlign.Center, wm, wmPaint);
            canvas.Restore();
        }

        using var border = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 3 };
        canvas.DrawRect(1, 1, width - 2, height - 2, border);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static Polygon Polygonize(Envelope e) => (Polygon)new GeometryFactory().ToGeometry(e);

    private static SKPath PathOf(Geometry g, Func<double, double, SKPoint> px)
    {
        using var path = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        void Ring(Coordinate[] cs, bool close)
        {
            if (cs.Length == 0) return;
            path.MoveTo(px(cs[0].X, cs[0].Y));
            for (var i = 1; i < cs.Length; i++) path.LineTo(px(cs[i].X, cs[i].Y));
            if (close) path.Close();
        }
        for (var i = 0; i < g.NumGeometries; i++)
        {
            switch (g.GetGeometryN(i))
            {
                case Polygon p:
                    Ring(p.ExteriorRing.Coordinates, true);
                    foreach (var h in p.InteriorRings) Ring(h.Coordinates, true);
                    break;
                case LineString l:
                    Ring(l.Coordinates, false);
                    break;
            }
        }
        return path.Detach();
    }

    private static void DrawScaleBar(SKCanvas canvas, double scale, int height, SKFont font, SKPaint text)
    {
        var target = 300 / scale; // metres for ~300 px
        var pow = Math.Pow(10, Math.Floor(Math.Log10(target)));
        var nice = new[] { 1, 2, 5, 10 }.Select(m => m * pow).Last(m => m <= target);
        var px = (float)(nice * scale);
        float x0 = 40, y0 = height - 50;
        using var bg = new SKPaint { Color = new SKColor(255, 255, 255, 210) };
        canvas.DrawRect(x0 - 16, y0 - 60, px + 60, 88, bg);
        using var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        for (var i = 0; i < 4; i++) canvas.DrawRect(x0 + i * px / 4, y0, px / 4, 12, i % 2 == 0 ? black : white);
        canvas.DrawRect(x0, y0, px, 12, outline);
        var label = nice >= 1000 ? $"{nice / 1000:0.##} 千米" : $"{nice:0} 米";
        canvas.DrawText("0", new SKPoint(x0, y0 - 10), SKTextAlign.Center, font, text);
        canvas.DrawText(label, new SKPoint(x0 + px, y0 - 10), SKTextAlign.Center, font, text);
    }

    private static void DrawNorthArrow(SKCanvas canvas, int width, SKFont font, SKPaint text)
    {
        float x = width - 70, y = 60;
        using var builder = new SKPathBuilder();
        builder.MoveTo(x, y);
        builder.LineTo(x - 22, y + 70);
        builder.LineTo(x, y + 52);
        builder.LineTo(x + 22, y + 70);
        builder.Close();
        using var path = builder.Detach();
        using var fill = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawPath(path, fill);
        canvas.DrawText("北", new SKPoint(x, y + 104), SKTextAlign.Center, font, text);
        canvas.DrawText("N", new SKPoint(x, y - 8), SKTextAlign.Center, font, text);
    }

    private static void DrawLegend(SKCanvas canvas, int width, int height, SKFont font, SKPaint text, AssessmentResult result)
    {
        var items = new List<(string Label, SKColor Color, bool Line)>
        {
            ("拟建项目选址", new SKColor(0xe3, 0x1a, 0x1c), false),
            ("优先保护单元", ClassColor("优先"), false),
            ("重点管控单元", ClassColor("重点"), false),
            ("一般管控单元", ClassColor("一般"), false),
        };
        var layers = result.Sources.Select(s => s.Layer).ToHashSet();
        if (layers.Contains("rivers")) items.Add(("河流", new SKColor(0x21, 0x66, 0xac), true));
        if (layers.Contains("urban-core")) items.Add(("市区（建成区）", new SKColor(0x40, 0x40, 0x40, 120), false));
        if (layers.Contains("water-sources")) items.Add(("饮用水水源地", new SKColor(0x00, 0x9a, 0xc7, 160), false));
        if (layers.Contains("parks")) items.Add(("工业园区", new SKColor(0x7b, 0x32, 0x94, 120), false));
        if (layers.Contains("sensitive")) items.Add(("环境敏感目标", new SKColor(0xc5, 0x1b, 0x7d, 140), false));
        float w = 300, h = 20 + items.Count * 40, x = width - w - 20, y = height - h - 20;
        using var bg = new SKPaint { Color = new SKColor(255, 255, 255, 225) };
        using var outline = new SKPaint { Color = SKColors.Gray, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        canvas.DrawRect(x, y, w, h, bg);
        canvas.DrawRect(x, y, w, h, outline);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, color, line) = items[i];
            var iy = y + 16 + i * 40;
            using var p = new SKPaint { Color = color, Style = line ? SKPaintStyle.Stroke : SKPaintStyle.Fill, StrokeWidth = 5, IsAntialias = true };
            if (line) canvas.DrawLine(x + 16, iy + 12, x + 66, iy + 12, p);
            else { canvas.DrawRect(x + 16, iy, 50, 26, p); canvas.DrawRect(x + 16, iy, 50, 26, outline); }
            canvas.DrawText(label, new SKPoint(x + 80, iy + 22), SKTextAlign.Left, font, text);
        }
    }
}
