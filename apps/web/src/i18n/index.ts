import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ru } from './ru';

export const LANGUAGES = ['ru', 'en'] as const;
const KEY = 'mm.language';
const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);

// Russian by default: the platform's users write Russian; the header switch remembers the choice.
void i18n.use(initReactI18next).init({
  resources: { ru: { translation: ru }, en: { translation: en } },
  lng: saved === 'en' ? 'en' : 'ru',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
i18n.on('languageChanged', (language) => {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export default i18n;
