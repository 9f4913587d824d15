package nl.geokern.core.rules;

import nl.geokern.core.TestContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.geokern.core.model.ContentSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageClustersRuleTest {

  @TempDir Path project;
  final CoverageClustersRule rule = new CoverageClustersRule();

  static final String CLUSTERS = """
      clusters:
        - id: c1
          name: Cluster een
          intent: informational
          keywords: [ai voor mkb]
        - id: c2
          name: Kosten
          intent: transactional
          keywords: [wat kost een ai workshop]
      """;

  @Test
  void check_everyClusterHasAPost_noFinding() {
    ContentSet content = TestContent.in(project).load();

    assertEquals("", String.join("\n", TestContent.check(rule, content)));
  }

  @Test
  void check_clusterWithoutPost_reported() {
    ContentSet content = TestContent.in(project).with("clusters.yaml", CLUSTERS).load();

    assertEquals("content/clusters.yaml:6:5: warning [coverage.clusters] cluster 'c2' (Kosten) has no post."
        + " Fix: write a post with cluster: c2 and plan it in calendar.yaml",
        String.join("\n", TestContent.check(rule, content)));
  }
}
