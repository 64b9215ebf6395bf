package org.samverka.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP as a misbehaving client speaks it: bytes on a socket, for what a well-behaved client
 * library will not send (ambiguous paths, HTTP/0.9, broken chunking, a body dripping in).
 */
final class RawHttp {

    /** An answer as it came over the wire; status 0 when the server closed without one. */
    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    private final int port;

    RawHttp(String port) {
        this.port = Integer.parseInt(port);
    }

    /** Sends the bytes and reads until the server closes or stays silent for two seconds. */
    Answer exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    /** Sends the head, then the body one byte per interval, until the server answers or closes. */
    Answer drip(String head, String body, long intervalMillis) throws IOException, InterruptedException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) Math.max(100, intervalMillis));
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (byte b : body.getBytes(StandardCharsets.ISO_8859_1)) {
                try {
                    out.write(b);
                    out.flush();
                } catch (IOException closedByServer) {
                    break;
                }
                try {
                    int first = socket.getInputStream().read();
                    if (first >= 0) {
                        socket.setSoTimeout(2000);
                        return read(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(new byte[] {(byte) first}),
                                socket.getInputStream()));
                    }
                    return new Answer(0, Map.of(), "");
                } catch (SocketTimeoutException noAnswerYet) {
                    // keep dripping
                }
            }
            socket.setSoTimeout(5000);
            return read(socket.getInputStream());
        }
    }

    /** Milliseconds until the server closes a connection on which nothing is sent; -1 if it stays open past the limit. */
    long silenceUntilClosed(long limitMillis) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) limitMillis);
            long start = System.nanoTime();
            try {
                int read = socket.getInputStream().read();
                return read < 0 ? (System.nanoTime() - start) / 1_000_000 : -1;
            } catch (SocketTimeoutException stillOpen) {
                return -1;
            }
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                raw.write(buffer, 0, n);
                if (complete(raw.toString(StandardCharsets.UTF_8))) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException quietOrClosed) {
            // what came is what we have
        }
        String text = raw.toString(StandardCharsets.UTF_8);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || headEnd < 0) {
            return new Answer(0, Map.of(), text);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(headEnd + 4));
    }

    private static boolean complete(String text) {
        int headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        for (String line : text.substring(0, headEnd).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring(15).strip());
                return text.getBytes(StandardCharsets.UTF_8).length - (headEnd + 4) >= length;
            }
        }
        return false;
    }
}
