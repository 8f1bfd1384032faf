import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type Observable, Subject } from 'rxjs';

/** A mentor's rating aggregate after a committed change. */
export interface RatingChanged {
  mentorId: string;
  ratingCount: number;
  ratingSum: number;
  /** Bayesian average: the order of search "by rating". */
  ratingScore: number;
}

/**
 * After-commit stream of rating changes, for whoever keeps a copy of mentor ratings (the search
 * index). Emitted only after the transaction commits; subscribers must not throw.
 */
@Injectable()
export class RatingEvents implements OnModuleDestroy {
  private readonly subject = new Subject<RatingChanged>();
  readonly changed$: Observable<RatingChanged> = this.subject.asObservable();

  /** Convenience for a callback-style hook: returns the unsubscribe function. */
  onRatingChanged(listener: (event: RatingChanged) => void): () => void {
    const subscription = this.changed$.subscribe(listener);
    return () => subscription.unsubscribe();
  }

  emit(event: RatingChanged): void {
    this.subject.next(event);
  }

  onModuleDestroy(): void {
    this.subject.complete();
  }
}
