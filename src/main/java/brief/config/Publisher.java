package brief.config;

import brief.i18n.LocalizedText;
import java.util.Optional;

/**
 * Who publishes the site (site.yaml's {@code publisher:}): its name per language, its emblem (an SVG, kept as a
 * data: URI so that every page can show it without another request or a copied file), postal address, contact
 * and the licence of the text. Every page's header and footer print it.
 */
public record Publisher(LocalizedText name, String emblem, LocalizedText address, String email,
                        Optional<String> phone, LocalizedText licence, Optional<String> licenceUrl) {
}
