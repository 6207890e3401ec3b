/**
 * The benchmark harness's synthetic sites: {@link brief.bench.SiteGenerator} writes a deterministic source
 * tree of N bilingual articles (with summits, leaders, chronology events and quoted figures) for brief, or a
 * comparable corpus for Hugo, so that build speed and memory can be measured at scale.
 */
package brief.bench;
