package nl.geokern.core.load.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.geokern.core.model.SourceSpan;

/** A YAML value with the place it was read from; the loader's view of a YAML document. */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

  /** Where the value starts. */
  SourceSpan span();

  /** A word for the node's kind, used in "expected a list, found a mapping" messages. */
  String kindName();

  /** A mapping; keys keep their order and their own spans. */
  record YMap(Map<String, Entry> entries, SourceSpan span) implements YNode {
    /** Copies the entries, keeping order. */
    public YMap {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kindName() {
      return "a mapping";
    }
  }

  /** One key of a mapping and its value. */
  record Entry(String key, SourceSpan keySpan, YNode value) {}

  /** A sequence. */
  record YList(List<YNode> items, SourceSpan span) implements YNode {
    /** Copies the items. */
    public YList {
      items = List.copyOf(items);
    }

    @Override
    public String kindName() {
      return "a list";
    }
  }

  /** The YAML type a scalar resolved to. */
  enum ScalarType {
    STRING, INTEGER, FLOAT, BOOLEAN, NULL
  }

  /** A scalar: its text as written and the type YAML resolves it to. */
  record YScalar(String text, ScalarType type, SourceSpan span) implements YNode {
    @Override
    public String kindName() {
      return switch (type) {
        case STRING -> "a text";
        case INTEGER -> "a whole number";
        case FLOAT -> "a number";
        case BOOLEAN -> "true/false";
        case NULL -> "nothing (null)";
      };
    }
  }
}
