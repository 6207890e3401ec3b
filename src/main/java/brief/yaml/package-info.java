/**
 * YAML with positions: {@link brief.yaml.YamlReader} turns text into {@link brief.yaml.YNode}s that know
 * their line and column, and {@link brief.yaml.Fields} reads typed fields from a mapping, turning every
 * missing, misspelt or mistyped key into a diagnostic with a suggested fix.
 */
package brief.yaml;
