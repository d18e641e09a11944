package io.github.vecnet.examples.hello;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@link FashionMnistClassifier} in-process with captured output (for tests in other packages). */
public final class FashionMnistClassifierRun {
    private final int exitCode;
    private final String out;
    private final String err;
    private final FashionMnistClassifier.Result result;

    private FashionMnistClassifierRun(int exitCode, String out, String err, FashionMnistClassifier.Result result) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
        this.result = result;
    }

    public static FashionMnistClassifierRun of(String... args) {
        FashionMnistClassifier command = new FashionMnistClassifier();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new FashionMnistClassifierRun(code, out.toString(), err.toString(), command.result);
    }

    public int exitCode() {
        return exitCode;
    }

    public String out() {
        return out;
    }

    public String err() {
        return err;
    }

    public double[] epochAccuracy() {
        return result.epochAccuracy().clone();
    }

    public double reloadedAccuracy() {
        return result.reloadedAccuracy();
    }
}
