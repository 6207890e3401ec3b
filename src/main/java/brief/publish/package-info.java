/**
 * Publishing a built site: {@link brief.publish.SiteCheck} crawls a built site, from its folder or from a web
 * server on this machine, and reports every internal link, anchor and asset that leads nowhere, at the page
 * and position where the link is written ({@code brief check --site}). The portable form of the output is made
 * by the build itself ({@code brief.build.Portable}).
 */
package brief.publish;
