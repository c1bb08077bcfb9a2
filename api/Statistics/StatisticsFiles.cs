using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Reception.Api.Statistics;

/// <summary>
/// Writes a grid of cells as a file: CSV (RFC 4180, comma, UTF-8 with BOM so spreadsheets read the accents; the
/// separator of Mexican Spanish locales) or XLSX (numbers as numbers).
/// </summary>
public static class StatisticsFiles
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(IReadOnlyList<object?[]> grid)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" }))
        {
            foreach (var row in grid)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "");
                }
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Xlsx(IReadOnlyList<object?[]> grid, string sheetName)
    {
        var width = grid.Max(r => r.Length);
        var names = Enumerable.Range(0, width).Select(ColumnName).ToArray();
        var rows = grid.Select(r => names.Select((name, i) => (name, value: i < r.Length ? r[i] : null))
            .ToDictionary(c => c.name, c => c.value)).ToList();
        using var buffer = new MemoryStream();
        MiniExcel.SaveAs(buffer, rows, printHeader: false, sheetName: sheetName);
        return buffer.ToArray();
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);
}
