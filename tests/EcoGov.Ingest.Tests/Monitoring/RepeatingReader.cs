namespace EcoGov.Ingest.Tests.Monitoring;

/// <summary>
/// A text made of pieces each repeated a number of times, produced as it is read (a 100-million-character cell costs
/// nothing until read), counting the characters a reader took: how far it got before it stopped.
/// </summary>
public sealed class RepeatingReader(params (string Text, long Times)[] pieces) : TextReader
{
    private int piece;
    private long repeat;
    private int offset;

    /// <summary>Characters handed out so far.</summary>
    public long Consumed { get; private set; }

    /// <summary>Characters in the whole text.</summary>
    public long Length => pieces.Sum(p => p.Text.Length * p.Times);

    public override int Peek() => Skip() ? pieces[piece].Text[offset] : -1;

    public override int Read()
    {
        if (!Skip()) return -1;
        var c = pieces[piece].Text[offset];
        Advance(1);
        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var n = 0;
        while (n < count && Skip())
        {
            var text = pieces[piece].Text;
            var take = Math.Min(count - n, text.Length - offset);
            text.CopyTo(offset, buffer, index + n, take);
            n += take;
            Advance(take);
        }
        return n;
    }

    /// <summary>Moves past exhausted pieces; false at the end of the text.</summary>
    private bool Skip()
    {
        while (piece < pieces.Length && (repeat >= pieces[piece].Times || pieces[piece].Text.Length == 0))
        {
            piece++;
            repeat = 0;
            offset = 0;
        }
        return piece < pieces.Length;
    }

    private void Advance(int n)
    {
        Consumed += n;
        offset += n;
        if (offset == pieces[piece].Text.Length)
        {
            offset = 0;
            repeat++;
        }
    }
}
