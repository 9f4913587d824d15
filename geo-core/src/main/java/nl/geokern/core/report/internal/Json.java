package nl.geokern.core.report.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pretty, deterministic JSON output: two-space indents, {@code \n} line ends, {@code "key": value}. */
public final class Json {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Json() {}

  /** A generator over {@code out} that never closes it. */
  public static JsonGenerator open(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter);
    printer.indentArraysWith(indenter);
    JsonGenerator gen = FACTORY.createGenerator(out);
    gen.setPrettyPrinter(printer);
    return gen;
  }

  /** Writes a decimal with one digit after the point, rounding half up, so output is stable. */
  public static void writeDecimal(JsonGenerator gen, String name, double value) throws IOException {
    gen.writeFieldName(name);
    gen.writeNumber(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP));
  }

  /** Ends the document: flushes and adds a final newline. */
  public static void finish(JsonGenerator gen, Writer out) throws IOException {
    gen.flush();
    gen.close();
    out.write('\n');
    out.flush();
  }
}
