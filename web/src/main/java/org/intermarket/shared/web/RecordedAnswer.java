package org.intermarket.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is held back until the application has finished writing it, so that it can be kept as well as
 * sent. Headers and the status go to the real response as they are set; only the body waits.
 */
final class RecordedAnswer extends HttpServletResponseWrapper {

    private static final String SET_COOKIE = "Set-Cookie";

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean cookieSet;

    RecordedAnswer(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a recorded answer is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already");
        }
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(body, charset));
        }
        return writer;
    }

    /** The body is sent whole at the end; flushing early would commit a response that may still be kept. */
    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        discardBody();
    }

    @Override
    public void reset() {
        super.reset();
        discardBody();
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        cookieSet |= SET_COOKIE.equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        cookieSet |= SET_COOKIE.equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    /** Whether the answer sets a cookie: then it belongs to its reader (the server adds cookies only when it sends). */
    boolean setsCookie() {
        return cookieSet;
    }

    @Override
    public void setContentLength(int length) {
        // set from the bytes when they are sent
    }

    @Override
    public void setContentLengthLong(long length) {
        // set from the bytes when they are sent
    }

    private void discardBody() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    /** What the application wrote. */
    byte[] bytes() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }
}
