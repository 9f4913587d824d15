package nl.geokern.jsonld.vocab.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed RFC 4180 CSV table: a header row and records keyed by column name.
 *
 * <p>The schema.org release tables quote every field and put line breaks and doubled quotes
 * inside quoted fields, so a line-by-line split is not enough.
 *
 * @param header the column names, in file order
 * @param rows one map per record, column name to field text (empty string when absent)
 */
public record CsvTable(List<String> header, List<Map<String, String>> rows) {

  /** Copies the lists so that the table is immutable. */
  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Parses CSV text whose first record is the header.
   *
   * @throws IllegalArgumentException when a quoted field is not closed or a record has more
   *     fields than the header
   */
  public static CsvTable parse(String text) {
    List<List<String>> records = records(text);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("CSV has no header row");
    }
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> record = records.get(i);
      if (record.size() == 1 && record.get(0).isEmpty()) {
        continue; // a blank line, usually the last one
      }
      if (record.size() > header.size()) {
        throw new IllegalArgumentException(
            "CSV record " + (i + 1) + " has " + record.size() + " fields; the header has " + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), c < record.size() ? record.get(c) : "");
      }
      rows.add(Map.copyOf(row));
    }
    return new CsvTable(header, rows);
  }

  private static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("CSV ends inside a quoted field");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
