using System.Globalization;
using System.Text;
using Baton.Core.Commitments;
using CsvHelper;

namespace Baton.Server.Features.Commitments.Exports;

/// <summary>
/// The Board as CSV: one row per commitment, in the Board's order (groups as shown, items overdue first then by due),
/// with the group it is shown under. Instants are UTC, ISO 8601.
/// </summary>
public static class BoardCsv
{
    public static readonly string[] Header =
    [
        "Group", "Id", "Kind", "Status", "Overdue", "DueSoon", "AwaitingAcceptance", "Owner", "PromiseeKind", "Promisee",
        "Department", "Due", "What",
    ];

    public static string Render(Board board)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, null, leaveOpen: true))
        {
            csv.WriteRecord(Header);
            var soon = board.At + BoardQuery.DueSoonWindow;
            foreach (var group in board.Groups)
            {
                foreach (var item in group.Items)
                {
                    csv.WriteRecord(
                    [
                        group.Name,
                        item.Id.ToString("D"),
                        item.Kind.ToString(),
                        item.Status.ToString(),
                        item.Overdue ? "yes" : "no",
                        IsDueSoon(item, board.At, soon) ? "yes" : "no",
                        item.AwaitingAcceptance ? "yes" : "no",
                        item.OwnerName,
                        item.Promisee.Kind.ToString(),
                        item.Promisee.Name ?? "",
                        item.DepartmentName ?? "",
                        item.Due.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                        item.What,
                    ]);
                }
            }
        }
        return writer.ToString();
    }

    public static bool IsDueSoon(CommitmentSummary item, DateTime now, DateTime soon) =>
        item.Status != CommitmentStatus.Closed && item.Due > now && item.Due <= soon;

    /// <summary>baton-board-person-20260302-0900.csv</summary>
    public static string FileName(Board board) =>
        $"baton-board-{board.GroupBy.ToString().ToLowerInvariant()}-{board.At.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv";

    /// <summary>The query string of the CSV export for a Board view, so the page can link to exactly what it shows.</summary>
    public static string QueryOf(BoardFilter filter)
    {
        var sb = new StringBuilder("?groupBy=").Append(filter.GroupBy.ToString());
        if (filter.Kind is { } kind)
        {
            sb.Append("&kind=").Append(kind.ToString());
        }
        if (filter.Department is { } department)
        {
            sb.Append("&department=").Append(department.ToString("D"));
        }
        if (filter.Status is { } status)
        {
            sb.Append("&status=").Append(status.ToString());
        }
        if (filter.DueWithinHours is { } hours)
        {
            sb.Append("&dueWithinHours=").Append(hours.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
