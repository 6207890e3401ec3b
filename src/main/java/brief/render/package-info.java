/**
 * Rendering: Pebble templates compiled once ({@link brief.render.TemplateEngine}), article bodies to HTML
 * ({@link brief.render.BodyRenderer}), and the render stage itself ({@link brief.render.Renderer}), pure and
 * parallel.
 */
package brief.render;
