import { createTheme } from '@mantine/core';

// Shade 9 for every colour: white text on filled badges and buttons, and coloured text on white,
// keep WCAG AA contrast (axe-core's color-contrast rule, checked by the browser suite).
export const theme = createTheme({ primaryShade: 9, primaryColor: 'blue' });
