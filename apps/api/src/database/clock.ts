import { Injectable } from '@nestjs/common';

/** The time the application's rules use (expiry, reminders); tests replace `now` to move it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
