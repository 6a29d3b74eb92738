package nl.partnerscan.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream whose failures cannot pass unnoticed. A {@link java.io.PrintWriter} swallows every
 * write error (a full disk, a closed pipe) and goes on as if the text had been written; under one, this
 * stream raises the first failure as an {@link OutputException} naming the target, which the writer lets
 * through, and raises it again on every later write, so that a run stops at the first lost byte.
 */
public final class RaisingOutputStream extends OutputStream {
    private final OutputStream out;
    private final String target;
    private volatile OutputException failure;

    /** @param target the name for messages: "standard output", or the file as the user gave it */
    public RaisingOutputStream(OutputStream out, String target) {
        this.out = out;
        this.target = target;
    }

    @Override
    public void write(int b) {
        check();
        try {
            out.write(b);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        check();
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void flush() {
        check();
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                throw fail(e);
            }
        }
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }

    private OutputException fail(IOException e) {
        failure = new OutputException(target, e);
        return failure;
    }
}
