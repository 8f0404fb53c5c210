using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace EcoGov.Application.Tests;

/// <summary>Reads generated .docx/.xlsx back (text, tables, cells), validates them, and has LibreOffice open them.</summary>
public static class OfficeFiles
{
    public static void AssertValid(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator().Validate(package).Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The document's paragraphs outside tables, and its tables as rows of cell texts.</summary>
    public static (List<string> Paragraphs, List<List<string[]>> Tables) Word(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        AssertValid(doc);
        var body = doc.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        var tables = body.Elements<W.Table>().Select(t => t.Elements<W.TableRow>()
            .Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList()).ToList();
        var size = body.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));   // A4
        return (paragraphs, tables);
    }

    /// <summary>Each sheet by name as rows of cell texts (inline strings and numbers).</summary>
    public static Dictionary<string, List<string[]>> Excel(byte[] bytes)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        AssertValid(doc);
        var book = doc.WorkbookPart!;
        return book.Workbook.Sheets!.Elements<X.Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)book.GetPartById(s.Id!)).Worksheet.GetFirstChild<X.SheetData>()!.Elements<X.Row>()
                .Select(r => r.Elements<X.Cell>().Select(c => c.DataType?.Value == X.CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToArray())
                .ToList());
    }

    /// <summary>Converts the file to PDF with LibreOffice headless (a separate profile per call) and asserts it produced one.</summary>
    public static void OpensInLibreOffice(byte[] bytes, string extension)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ecogov-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var input = Path.Combine(dir, "report" + extension);
            File.WriteAllBytes(input, bytes);
            var soffice = Environment.GetEnvironmentVariable("ECOGOV_SOFFICE") ?? "/usr/bin/soffice";
            var psi = new ProcessStartInfo(soffice, ["-env:UserInstallation=file://" + Path.Combine(dir, "profile"), "--headless", "--convert-to", "pdf", "--outdir", dir, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            Assert.True(p.WaitForExit(180_000), "LibreOffice did not finish in 3 minutes");
            var pdf = Path.Combine(dir, "report.pdf");
            Assert.True(p.ExitCode == 0 && File.Exists(pdf) && new FileInfo(pdf).Length > 1000,
                $"LibreOffice could not open the {extension}: exit {p.ExitCode} {stdout.Result} {stderr.Result}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
