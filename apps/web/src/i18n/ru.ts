import type { en } from './en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const ru: Shape<typeof en> = {
  app: { title: 'mentor-match', language: 'Язык', notifications: 'Уведомления', noNotifications: 'Уведомлений нет', readAll: 'Прочитать все', signIn: 'Войти', signUp: 'Регистрация', signOut: 'Выйти', loading: 'Загрузка…', empty: 'Пока пусто', retry: 'Повторить', loadMore: 'Показать ещё', back: 'Назад', save: 'Сохранить', close: 'Закрыть', saved: 'Сохранено', send: 'Отправить', any: 'Любой' },
  nav: { search: 'Найти ментора', requests: 'Мои заявки', favorites: 'Избранное', dashboard: 'Кабинет', profile: 'Профиль', console: 'Статистика' },
  auth: { email: 'Эл. почта', password: 'Пароль', name: 'Имя', role: 'Я', student: 'Студент', mentor: 'Ментор', admin: 'Администратор', noAccount: 'Ещё нет аккаунта?', haveAccount: 'Уже зарегистрированы?' },
  search: { placeholder: 'Чему вы хотите научиться? (по-русски или по-английски)', skills: 'Навыки', language: 'Язык ментора', acceptingOnly: 'Только принимающие заявки', found: 'Менторов: {{count}}', none: 'Никого не нашлось: попробуйте другие слова или меньше фильтров' },
  mentor: { available: 'Принимает заявки', unavailable: 'Не принимает заявки', rating: '{{average}} ★ ({{count}})', noRating: 'Оценок пока нет', experience: 'Опыт: {{count}} лет', mentees: 'Менти {{active}} из {{capacity}}', ratings: 'Отзывы', favorite: 'В избранное', unfavorite: 'Убрать из избранного', yourRequest: 'Ваша заявка: {{status}}', yourRating: 'Ваша оценка: {{score}} ★', askTitle: 'Попросить о менторстве', askPlaceholder: 'Над чем вы хотите поработать вместе?', asked: 'Заявка отправлена', contacts: 'Контакты' },
  request: { title: 'Заявка', message: 'Сообщение', conversation: 'Переписка', writeMessage: 'Написать сообщение', reason: 'Причина', note: 'Комментарий для другой стороны', rate: 'Оценить ментора', comment: 'Отзыв', rated: 'Спасибо за оценку', askAgain: 'Попросить снова', student: 'Студент', mentor: 'Ментор', expires: 'Истекает {{date}}' },
  status: { pending: 'ожидает ответа', accepted: 'принята', rejected: 'отклонена', cancelled: 'отменена', completed: 'завершена', expired: 'истекла' },
  action: { accepted: 'Принять', rejected: 'Отклонить', cancelled: 'Отменить', completed: 'Завершить', pending: 'Вернуть', expired: 'Истечь' },
  reason: { no_capacity: 'Нет свободных мест', outside_expertise: 'Не моя область', schedule: 'Расписание', not_a_fit: 'Не подходим друг другу', other: 'Другое', unspecified: 'Не указана' },
  dashboard: { incoming: 'Входящие', active: 'Менти', history: 'История', settings: 'Настройки', stats: 'Статистика', capacity: 'Сколько менти беру', accepting: 'Принимаю новые заявки', bio: 'О себе', expertise: 'Специализация', experienceYears: 'Лет опыта', telegram: 'Telegram', acceptanceRate: 'Доля принятых', medianResponse: 'Медиана ответа', requestsPerDay: 'Заявки по дням', completed: 'Завершённые менторства', newRequest: 'Новая заявка от {{name}}' },
  admin: { from: 'С', to: 'По', signups: 'Новые аккаунты', requests: 'Заявки', byStatus: 'Заявки по статусам', supplyDemand: 'Спрос и предложение по навыкам', unmet: 'неудовлетворённый спрос', topDemand: 'Самые востребованные менторы', topRating: 'Лучшие по оценкам', mentors: 'Менторы', available: 'Свободные менторы', requested: 'Запрошено', searched: 'Искали', capacity: 'Занято мест' },
  notification: { 'request.created': '{{studentName}} отправил(а) заявку', 'request.accepted': '{{mentorName}} принял(а) вашу заявку', 'request.rejected': 'Заявка отклонена', 'request.completed': 'Менторство завершено', 'request.cancelled': 'Заявка отменена', 'request.expired': 'Срок заявки истёк', 'request.reminder': 'Заявка ждёт вашего ответа', 'request.message': 'Новое сообщение от {{fromName}}', other: 'Уведомление' },
  profile: { interests: 'Интересы' },
  skills: { mentors: 'менторов: {{count}}' },
  recommended: { title: 'Рекомендуем вам', because: 'Вам интересно: {{concept}}', becauseRequest: 'Как у менторов, к которым вы обращались: {{concept}}' },
  errors: {
    generic: 'Что-то пошло не так',
    'AUTH.BAD_CREDENTIALS': 'Неверная почта или пароль',
    'ACCOUNT.EMAIL_TAKEN': 'Эта почта уже зарегистрирована',
    'REQUEST.DUPLICATE_OPEN': 'У вас уже есть открытая заявка этому ментору',
    'REQUEST.TOO_MANY_PENDING': 'Слишком много заявок ждут ответа',
    'MENTOR.AT_CAPACITY': 'У ментора нет свободных мест',
    'MENTOR.NOT_ACCEPTING': 'Ментор сейчас не принимает заявки',
    'MENTOR.CAPACITY_BELOW_ACTIVE': 'Нельзя взять меньше менти, чем уже есть',
    'RATING.NOT_A_MENTEE': 'Оценить ментора могут только его менти',
    'SEARCH.WARMING_UP': 'Поиск запускается, повторите через несколько секунд',
    'STATS.INVALID_RANGE': 'Неверный диапазон дат',
  },
};
