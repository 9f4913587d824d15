package nl.geokern.core.load.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.geokern.core.finding.Finding;
import nl.geokern.core.model.SourceSpan;

/**
 * Reads YAML text into a {@link YNode} tree that remembers where every key and value was.
 *
 * <p>Jackson's YAML parser reports 1-based lines and columns; a front matter block is parsed with a
 * line offset so that positions are those of the Markdown file.
 */
public final class YamlTree {

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private YamlTree() {}

  /**
   * Parses {@code text}; on malformed YAML returns empty and adds a {@code load.yaml} finding.
   *
   * @param lineOffset lines before {@code text} in the file (0 for a whole YAML file)
   */
  public static Optional<YNode> parse(String text, Path path, int lineOffset, List<Finding> findings) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return Optional.of(new YNode.YMap(Map.of(), SourceSpan.of(path, 1 + lineOffset, 1)));
      }
      return Optional.of(read(p, t, path, lineOffset));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null || loc.getLineNr() < 1 ? 1 : loc.getLineNr();
      int col = loc == null || loc.getColumnNr() < 1 ? 1 : loc.getColumnNr();
      String message = firstLine(e.getOriginalMessage());
      findings.add(
          Finding.error(
              "load.yaml",
              SourceSpan.of(path, line + lineOffset, col),
              "malformed YAML: " + message,
              "check indentation, quote values that contain ': ' or start with a special character, and"
                  + " give each key once"));
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException("reading YAML from memory failed for " + path, e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    // SnakeYAML's messages interleave the context and the problem with quoted source lines (indented)
    // and their positions; keep the sentences only, since the finding carries the position.
    StringBuilder sb = new StringBuilder();
    for (String line : message.split("\\R")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        if (sb.length() > 0) {
          sb.append(": ");
        }
        sb.append(line.strip());
      }
    }
    return sb.length() == 0 ? message.strip() : sb.toString();
  }

  private static YNode read(JsonParser p, JsonToken t, Path path, int lineOffset) throws IOException {
    SourceSpan span = spanOf(p.currentTokenLocation(), path, lineOffset);
    switch (t) {
      case START_OBJECT: {
        Map<String, YNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String key = p.currentName();
          SourceSpan keySpan = spanOf(p.currentTokenLocation(), path, lineOffset);
          YNode value = read(p, p.nextToken(), path, lineOffset);
          entries.put(key, new YNode.Entry(key, keySpan, value));
        }
        return new YNode.YMap(entries, span);
      }
      case START_ARRAY: {
        List<YNode> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(read(p, i, path, lineOffset));
        }
        return new YNode.YList(items, span);
      }
      case VALUE_STRING:
        return new YNode.YScalar(p.getText(), YNode.ScalarType.STRING, span);
      case VALUE_NUMBER_INT:
        return new YNode.YScalar(p.getText(), YNode.ScalarType.INTEGER, span);
      case VALUE_NUMBER_FLOAT:
        return new YNode.YScalar(p.getText(), YNode.ScalarType.FLOAT, span);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YNode.YScalar(p.getText(), YNode.ScalarType.BOOLEAN, span);
      case VALUE_NULL:
        return new YNode.YScalar("", YNode.ScalarType.NULL, span);
      default:
        throw new IllegalStateException("unexpected YAML token " + t + " at " + span);
    }
  }

  private static SourceSpan spanOf(JsonLocation loc, Path path, int lineOffset) {
    int line = Math.max(1, loc.getLineNr());
    int col = Math.max(1, loc.getColumnNr());
    return SourceSpan.of(path, line + lineOffset, col);
  }
}
