/**
 * Social cards are this size, as Open Graph and X/Twitter expect. Kept apart
 * from the renderer so that pages and emails, which state a card's size,
 * do not import it: a change to the drawing leaves cached pages valid.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
