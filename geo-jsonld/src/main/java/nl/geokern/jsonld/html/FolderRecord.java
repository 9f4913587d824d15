package nl.geokern.jsonld.html;

import java.util.List;
import java.util.Objects;

/**
 * A folder as geo left it: the inject manifest records the site as its folder, whose sub-folders are
 * records of their own. Pages and sub-folders are sorted by name, which is the order of the file.
 *
 * @param name the folder's name in its parent, {@code ""} for the site itself
 * @param time its modification time in nanoseconds since the epoch
 * @param listable whether the record can stand for a listing: false when a name in the folder does
 *     not survive as text, so that the folder is listed on every run
 * @param pages its pages
 * @param folders its sub-folders
 */
record FolderRecord(String name, long time, boolean listable, List<PageRecord> pages, List<FolderRecord> folders) {

  FolderRecord {
    Objects.requireNonNull(name, "name");
    pages = List.copyOf(pages);
    folders = List.copyOf(folders);
  }
}
