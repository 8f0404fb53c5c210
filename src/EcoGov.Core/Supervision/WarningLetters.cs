using System.Globalization;

namespace EcoGov.Core.Supervision;

/// <summary>
/// 预警函 where a letter is in its cycle (002 line 110: 下发预警函 … 限期整改): the plan office issues it, the receiving
/// unit answers with its rectification (整改情况), the office closes it (销号) or returns it for more (退回).
/// Stored by name; never renamed.
/// </summary>
public enum WarningLetterState
{
    /// <summary>已下发，待整改回复.</summary>
    Issued,
    /// <summary>已回复整改情况，待销号.</summary>
    Replied,
    /// <summary>已销号.</summary>
    Closed,
}

/// <summary>The rules of the warning letter that are not the warning rule itself: its number, reply deadline and limits.</summary>
public static class WarningLetters
{
    /// <summary>整改回复期限: days from the issue date when the office gives none (a common 15-day 限期; docs/supervision.md §8).</summary>
    public const int DefaultReplyDays = 15;

    /// <summary>At most this many days between issue and the reply deadline.</summary>
    public const int MaxReplyDays = 180;

    /// <summary>整改情况 and the office's comment, in characters.</summary>
    public const int ReplyChars = 4000, CommentChars = 1000;

    /// <summary>
    /// 文号 of a letter: the issuing jurisdiction's name, 环委办预警, the year in 〔〕 and the sequence of that jurisdiction's
    /// letters in that year (GB/T 9704 7.2.4: 发文机关代字、年份、发文顺序号; the year in 六角括号, no leading zeros).
    /// </summary>
    public static string Number(string issuingJurisdiction, int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{issuingJurisdiction}环委办预警〔{year}〕{sequence}号");
    }

    /// <summary>The state as users read it.</summary>
    public static string Name(WarningLetterState state) => state switch
    {
        WarningLetterState.Issued => "待整改",
        WarningLetterState.Replied => "已回复待销号",
        WarningLetterState.Closed => "已销号",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
