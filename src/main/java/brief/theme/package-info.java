/**
 * The theme as loaded ({@link brief.theme.Theme}: its templates, UI strings and static files) and the
 * fingerprinted names its stylesheets and scripts are published under ({@link brief.theme.Assets}).
 */
package brief.theme;
