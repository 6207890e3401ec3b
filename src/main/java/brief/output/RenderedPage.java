package brief.output;

/** One output file: its path relative to the output folder and its bytes. */
public record RenderedPage(String path, byte[] bytes) {}
