export const greeting = (): string => 'ok';
