// A site generated earlier: target/site is not committed, so its pages are copied in from site-before/.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def from = new File(basedir, 'site-before')
def to = new File(basedir, 'target/site')
from.eachFileRecurse(groovy.io.FileType.FILES) { src ->
  def dst = to.toPath().resolve(from.toPath().relativize(src.toPath()))
  Files.createDirectories(dst.parent)
  Files.copy(src.toPath(), dst, StandardCopyOption.REPLACE_EXISTING)
  // A fixed time in the past, so that any rewrite shows.
  dst.toFile().setLastModified(1767225600000L) // 2026-01-01T00:00:00Z
}
return true
