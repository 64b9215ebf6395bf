package org.samverka.api.rest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

/**
 * An uploaded text file, such as a CSV import, decoded in the charset its {@code Content-Type}
 * declares ({@code text/csv; charset=windows-1252}), UTF-8 when it declares none. Bytes that are
 * not valid in that charset are refused with 400 naming the line, rather than stored as
 * replacement characters: a file saved by Excel on Windows must not turn "Luleå" into "Lule�".
 */
public final class TextBody {

    private TextBody() {
    }

    /**
     * @throws ApiProblem 415 for a charset nobody knows; 400 naming the first line with bytes that
     *         are not valid in the charset
     */
    public static String decode(byte[] body, MediaType type) {
        Charset charset = charsetOf(type);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body == null ? new byte[0] : body);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalidAt(out.flip(), charset);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalidAt(out.flip(), charset);
        }
        return out.flip().toString();
    }

    private static Charset charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ApiProblem(415, ApiProblem.TYPE_BLANK, "Unsupported Media Type", "The charset '" + name
                    + "' is not one this server knows; send the file as UTF-8, or declare its real charset, such as "
                    + "charset=windows-1252 for a file saved by Excel on Windows.", List.of());
        }
    }

    /** The decoded text up to the error tells the line: lines are counted as a text editor counts them. */
    private static ApiProblem invalidAt(CharSequence decodedSoFar, Charset charset) {
        long line = 1 + decodedSoFar.chars().filter(c -> c == '\n').count();
        String hint = charset.equals(StandardCharsets.UTF_8)
                ? " Save the file as UTF-8, or declare the charset it was saved in, such as charset=windows-1252."
                : " Declare the charset the file was saved in, or save it as UTF-8.";
        return ApiProblem.invalid("line " + line, "holds bytes that are not valid " + charset.name() + "; nothing was "
                + "imported." + hint);
    }
}
