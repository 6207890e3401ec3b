/** The site's configuration, content/site.yaml, read into a typed {@link brief.config.SiteConfig}. */
package brief.config;
