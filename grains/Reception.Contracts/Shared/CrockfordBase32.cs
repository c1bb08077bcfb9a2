namespace Reception.Contracts.Shared;

internal static class CrockfordBase32
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Encode(ReadOnlySpan<byte> bytes, int length)
    {
        Span<char> chars = stackalloc char[length];
        int bitBuffer = 0, bitCount = 0, byteIndex = 0;
        for (var i = 0; i < length; i++)
        {
            if (bitCount < 5)
            {
                bitBuffer = (bitBuffer << 8) | bytes[byteIndex++];
                bitCount += 8;
            }
            chars[i] = Alphabet[(bitBuffer >> (bitCount - 5)) & 31];
            bitCount -= 5;
        }
        return new string(chars);
    }
}
