/* Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit. */

export interface paths {
    "/api/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness, kept from the original API. */
        get: operations["Health_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up and serving. */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready for traffic. 503 when a critical dependency (PostgreSQL) is down or the instance is
         *     shutting down. A non-critical one (Redis: without it writes still succeed and clients catch up
         *     on reconnect) is reported as down with `status: degraded` and HTTP 200, so that a Redis outage
         *     does not take every replica out of the load balancer at once.
         */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics of this replica (text exposition format), for the scraper only: with
         *     METRICS_TOKEN set it needs `Authorization: Bearer <METRICS_TOKEN>`; without, it answers only
         *     outside production. nginx does not route /api/metrics either.
         */
        get: operations["Metrics_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchanges a refresh token for a new pair. Reusing a spent refresh token revokes its whole family. */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revokes the refresh-token family (this device's session) given in the body or the cookie (then
         *     with `x-csrf-token`), and clears the cookie. The access token expires on its own.
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes the signed-in account's password. Every refresh token of the account is revoked (all
         *     other devices must sign in again); the answer is a new pair for this device. Access tokens
         *     already issued expire on their own (JWT_ACCESS_TTL).
         */
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/students/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registers a student and signs them in. */
        post: operations["Students_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/students/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs a student in. */
        post: operations["Students_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/students": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in student's own profile. */
        get: operations["Students_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/students/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A student's profile: the student, admins, and a mentor who has or had a request from them.
         *     `contacts` (email, telegram) for the student, admins, and that mentor from acceptance on.
         */
        get: operations["Students_profile"];
        put?: never;
        post?: never;
        /** Deletes a student account: the student (with their password) or an admin. */
        delete: operations["AccountDeletion_deleteStudent"];
        options?: never;
        head?: never;
        /** Updates a profile: the student themself or an admin. */
        patch: operations["Students_update"];
        trace?: never;
    };
    "/api/mentors/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Registers a mentor and signs them in. */
        post: operations["Mentors_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentors/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs a mentor in. */
        post: operations["Mentors_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mentor's public profile; contacts only for students with an accepted request. */
        get: operations["Mentors_get"];
        put?: never;
        post?: never;
        /** Deletes a mentor account: the mentor (with their password) or an admin. */
        delete: operations["AccountDeletion_deleteMentor"];
        options?: never;
        head?: never;
        /** Updates the profile, capacity or acceptingRequests: the mentor themself or an admin. */
        patch: operations["Mentors_update"];
        trace?: never;
    };
    "/api/mentors/{id}/favorite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Saves a mentor (idempotent); `notifyWhenFree` asks for one notification when a full or paused mentor takes requests again. */
        put: operations["Favorites_save"];
        post?: never;
        /** Removes a mentor from the shortlist (idempotent). */
        delete: operations["Favorites_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/students/me/favorites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in student's shortlist, newest first, with each mentor's public profile. */
        get: operations["Favorites_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Searches and lists mentors: by relevance with `query`, else available first, then by rating, then newest. */
        get: operations["Mentors_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Creates another admin; only an admin may. Answers the new admin's profile: they sign in themselves. */
        post: operations["Admin_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs an admin in. */
        post: operations["Admin_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every mentorship request, newest first; filter by `status`, `mentorId`, `studentId`, `from`/`to` (creation day, UTC, inclusive). */
        get: operations["AdminConsole_requests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account, newest first; filter by `kind`, `q` (email or name) and `suspended`. */
        get: operations["AdminConsole_accounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspends an account, all in one transaction: sign-in refused (403 ACCOUNT.SUSPENDED), every
         *     session revoked, its access tokens refused at once, a mentor hidden from search, every open
         *     request cancelled with a notification to the other party. Logged with the admin's id. Idempotent.
         */
        post: operations["AdminConsole_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}/unsuspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstates a suspended account (requests closed by the suspension stay closed). Idempotent. */
        post: operations["AdminConsole_unsuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentors/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rates a mentor 1..5 with an optional comment. Only a student with an accepted or completed
         *     request to the mentor; one rating per student and mentor, a second call replaces the first.
         *     Answers 200 either way.
         */
        post: operations["Ratings_rate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentors/{id}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mentor's ratings, newest first, with comments and each student's first name. */
        get: operations["Ratings_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform statistics for the admin console: accounts, requests, acceptance, response time,
         *     requests per day, top mentors, capacity, and skill supply vs demand. `?from=&to=` (UTC days,
         *     inclusive, at most 366 days; default the last 30). May be up to STATS_CACHE_TTL_SECONDS old.
         */
        get: operations["Stats_platform"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Time series for the admin console, per `interval` (`day` or ISO `week`): sign-ups by kind,
         *     searches, requests created, accepted and completed, median response time. `?from=&to=` as above.
         */
        get: operations["Stats_series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statistics as CSV (`text/csv`): `table=series` (per bucket, default) or `table=skills` (supply vs demand of every skill). */
        get: operations["Stats_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/{mentorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mentor's statistics: that mentor or an admin. `?from=&to=` as for the platform. */
        get: operations["Stats_mentor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Skill autocomplete over the skills graph: concepts whose name, alias, transliteration, slang or
         *     a common misspelling starts with `query`, in either script ("реа" → React, "mashinnoe" →
         *     machine learning), then near misses ("pyton" → Python); each with its id (what `skills=`
         *     filters and statistics key on), Russian and English names, the form matched, and how many
         *     mentors offer it. Without `query`: the most offered concepts.
         */
        get: operations["Skills_suggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentors/recommended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mentors recommended to the signed-in student, without typing: from their interests and the
         *     skills of the mentors they asked before (concepts of the skills graph, widened to narrower and
         *     related ones), only mentors accepting requests with a free place, never one they have an open
         *     request with; each explained by the concepts that matched. Empty when the student has no
         *     interests and no requests yet. Students only.
         */
        get: operations["Recommendations_recommended"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The inbox of the signed-in account, newest first; `?unread=true` for unread only; `unread` counts all unread ones. */
        get: operations["Notifications_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time ticket (valid 60 s, on any replica) that opens the stream without an
         *     Authorization header, as a browser EventSource needs: `new EventSource('/api/notifications/stream?ticket=...')`.
         */
        post: operations["Notifications_ticket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream-cookie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * For browsers: sets the `mm_stream` cookie (httpOnly, Secure, SameSite=Strict, path
         *     /api/notifications/stream) that opens the stream and reopens it after a dropped connection or a
         *     restart, so `new EventSource(url, { withCredentials: true })` needs no ticket and no code to
         *     reconnect. Call it with `credentials: 'include'`. The cookie stays valid while a stream it
         *     opened is open and 120 s after, at most 12 h.
         */
        post: operations["Notifications_streamCookie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks every notification of the signed-in account read. */
        post: operations["Notifications_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one of your notifications read (idempotent). */
        post: operations["Notifications_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-Sent Events with the signed-in account's notifications. Authenticate with
         *     `Authorization: Bearer`, `?ticket=` (one use) or the `mm_stream` cookie from
         *     POST /api/notifications/stream-cookie (browsers: reconnects by itself). Every notification is a `message` event whose `id` is
         *     its event id and whose data is the notification JSON; the first event, `ready`, carries the
         *     starting id. Reconnect with `Last-Event-ID` (EventSource does) to get what was missed.
         *     Comment lines are sent as heartbeats.
         */
        get: operations["Notifications_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a request to a mentor as the signed-in student. */
        post: operations["Requests_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request with its history (who moved it to which state, when, with which note): its student, its mentor or an admin. */
        get: operations["Requests_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Moves a request along its lifecycle: the mentor accepts or rejects a pending request, the
         *     student cancels it; either party completes or cancels an accepted one; admins may cancel.
         *     Rejecting and cancelling take an optional `reason`; the note becomes a message of the thread.
         */
        patch: operations["Requests_update"];
        trace?: never;
    };
    "/api/request/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request's thread, oldest first: messages and transitions (with their notes). Its student
         *     and mentor, and admins; reading moves the caller's read position (`unreadMessages`).
         */
        get: operations["Requests_messages"];
        put?: never;
        /** Writes to the other party while the request is open (pending or accepted); they are notified. */
        post: operations["Requests_postMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request/student/{student_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A student's requests, newest first: that student or an admin. */
        get: operations["Requests_listOfStudent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request/mentor/{mentor_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mentor's requests, newest first: that mentor or an admin. */
        get: operations["Requests_listOfMentor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/get-role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Role of the signed-in account */
        get: operations["Roles_role"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/get-role/{instance_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The role of any account id; 404 if there is none. */
        get: operations["Roles_roleOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PingDto: Record<string, never>;
        ReadinessDto: Record<string, never>;
        /** @enum {string} */
        ProblemCode: "VALIDATION_FAILED" | "MALFORMED_JSON" | "EMPTY_BODY" | "BODY_TOO_DEEP" | "BODY_TOO_COMPLEX" | "BAD_URL" | "BAD_REQUEST" | "INVALID_CONTENT_LENGTH" | "INVALID_CURSOR" | "INVALID_ID" | "INVALID_LAST_EVENT_ID" | "AUTH.PASSWORD_REQUIRED" | "REQUEST.REASON_NOT_ALLOWED" | "STATS.INVALID_RANGE" | "AUTH.INVALID_TOKEN" | "AUTH.BAD_CREDENTIALS" | "AUTH.INVALID_REFRESH_TOKEN" | "NOTIFICATIONS.INVALID_TICKET" | "AUTH.ROLE_NOT_ALLOWED" | "AUTH.ROUTE_NOT_DECLARED" | "AUTH.CSRF_FAILED" | "AUTH.WRONG_PASSWORD" | "ACCOUNT.SUSPENDED" | "REQUEST.TRANSITION_NOT_YOURS" | "RATING.NOT_A_MENTEE" | "NOT_FOUND" | "ACCOUNT.NOT_FOUND" | "ADMIN.NOT_FOUND" | "MENTOR.NOT_FOUND" | "NOTIFICATION.NOT_FOUND" | "REQUEST.NOT_FOUND" | "STUDENT.NOT_FOUND" | "ACCOUNT.CANNOT_SUSPEND_SELF" | "ACCOUNT.EMAIL_TAKEN" | "MENTOR.AT_CAPACITY" | "MENTOR.CAPACITY_BELOW_ACTIVE" | "MENTOR.NOT_ACCEPTING" | "REQUEST.DUPLICATE_OPEN" | "REQUEST.INVALID_TRANSITION" | "REQUEST.THREAD_READ_ONLY" | "REQUEST.THREAD_CLOSED" | "REQUEST.TOO_MANY_PENDING" | "METHOD_NOT_ALLOWED" | "BODY_TOO_LARGE" | "URI_TOO_LONG" | "UNSUPPORTED_MEDIA_TYPE" | "AUTH.SIGN_IN_BACKOFF" | "HEADERS_TOO_LARGE" | "RATE_LIMITED" | "INTERNAL" | "SERVICE.UNAVAILABLE" | "SHUTTING_DOWN" | "SEARCH.WARMING_UP" | "SEARCH.UNAVAILABLE";
        FieldErrorDto: Record<string, never>;
        ProblemDto: {
            /** @example https://mentor-match.dev/problems/validation-failed */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example The request has invalid fields. */
            detail: string;
            /** @example VALIDATION_FAILED */
            code: components["schemas"]["ProblemCode"];
            /**
             * Format: uuid
             * @example 9b2d4f7e-1c3a-4e5b-8f6d-0a1b2c3d4e5f
             */
            requestId: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            /** @enum {string} */
            from?: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired";
            /** @enum {string} */
            to?: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired";
            allowed?: ("pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired")[];
            /** Format: int32 */
            capacity?: number;
            /** Format: int32 */
            activeMentees?: number;
            /** Format: uuid */
            openRequestId?: string;
            /** Format: int32 */
            limit?: number;
            /** Format: int32 */
            pending?: number;
            /** @enum {string} */
            requestStatus?: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired";
        };
        RefreshDto: {
            /**
             * @description The refresh token from sign-in, sign-up or the previous refresh. Leave it out to use the
             *     `mm_refresh` cookie (sign-in with `refreshCookie: true`); then send `x-csrf-token`.
             */
            refreshToken?: string;
        };
        TokenPairDto: {
            /** @enum {string} */
            role: "student" | "mentor" | "admin";
            /** @description Short-lived JWT for `Authorization: Bearer`. */
            accessToken: string;
            /** @description Opaque, single-use; exchange it at POST /api/auth/refresh. Absent when it went to the httpOnly cookie instead. */
            refreshToken?: string;
            /** @description With the cookie only: send it as `x-csrf-token` to POST /api/auth/refresh and /api/auth/logout. Stable for the session. */
            csrfToken?: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
        };
        ChangePasswordDto: {
            /**
             * Format: password
             * @description 8..128 characters.
             */
            newPassword: string;
            /** @description The password in use now. */
            currentPassword: string;
        };
        StudentSignUpDto: {
            /**
             * Format: email
             * @example ann@example.com
             */
            email: string;
            /**
             * Format: password
             * @description 8..128 characters.
             */
            password: string;
            name: string;
            /** @description What the student is about and wants to learn (up to 2000 characters). */
            about?: string;
            /** @description Tags, e.g. `["python", "machine learning"]`: normalised, at most 30 of 40 characters. */
            interests?: string[];
            /** @description ISO 639-1 language codes, e.g. `["ru", "en"]`. */
            languages?: string[];
            /**
             * @description Telegram username.
             * @example ann_dev
             */
            telegram?: string | null;
            /** @description IANA time zone, e.g. `Europe/Moscow`. */
            timezone?: string;
        };
        StudentDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            about: string;
            interests: string[];
            languages: string[];
            timezone: string;
            telegram: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        StudentSessionDto: {
            accessToken: string;
            /** @description Absent when sign-in asked for the httpOnly cookie (`refreshCookie: true`). */
            refreshToken?: string;
            /** @description With the cookie only: the session's token for `x-csrf-token`. */
            csrfToken?: string;
            expiresIn: number;
            /** @description Always `student`. */
            role: string;
            profile: components["schemas"]["StudentDto"];
        };
        SignInDto: {
            /**
             * Format: email
             * @example ann@example.com
             */
            email: string;
            /** @description The password chosen at sign-up. */
            password: string;
            /**
             * @description Browser clients: `true` puts the refresh token in an httpOnly, Secure, SameSite=Strict cookie
             *     scoped to /api/auth instead of the body, and the body carries `csrfToken` instead.
             */
            refreshCookie?: boolean;
        };
        StudentContactsDto: {
            email: string;
            telegram: string | null;
        };
        StudentProfileDto: {
            /** Format: uuid */
            id: string;
            name: string;
            about: string;
            interests: string[];
            languages: string[];
            timezone: string;
            contacts: components["schemas"]["StudentContactsDto"] | null;
        };
        UpdateStudentDto: {
            name?: string;
            /** @description What the student is about and wants to learn (up to 2000 characters). */
            about?: string;
            /** @description Tags, e.g. `["python", "machine learning"]`: normalised, at most 30 of 40 characters. */
            interests?: string[];
            /** @description ISO 639-1 language codes, e.g. `["ru", "en"]`. */
            languages?: string[];
            /**
             * @description Telegram username.
             * @example ann_dev
             */
            telegram?: string | null;
            /** @description IANA time zone, e.g. `Europe/Moscow`. */
            timezone?: string;
        };
        MentorSignUpDto: {
            /**
             * Format: email
             * @example ann@example.com
             */
            email: string;
            /**
             * Format: password
             * @description 8..128 characters.
             */
            password: string;
            name: string;
            /** @description Free-text biography, up to 4000 characters. */
            bio?: string;
            /** @description Headline of expertise, up to 200 characters. */
            expertise?: string;
            /** @description Skill tags, e.g. `["python", "system design"]`: normalised, at most 30 of 40 characters. */
            skills?: string[];
            /** @description ISO 639-1 language codes, e.g. `["ru", "en"]`. */
            languages?: string[];
            /** @example ann_dev */
            telegram?: string | null;
            experienceYears?: number;
            /** @description IANA time zone, e.g. `Europe/Moscow`. */
            timezone?: string;
            /** @description Most mentees at once (0..100, default 5). */
            capacity?: number;
            /** @description Whether students may send new requests (default true). */
            acceptingRequests?: boolean;
        };
        ConceptLabelsDto: {
            /** @example Machine learning */
            en: string;
            /** @example Машинное обучение */
            ru: string;
        };
        ConceptRefDto: {
            /** @example machine-learning */
            id: string;
            labels: components["schemas"]["ConceptLabelsDto"];
        };
        RatingDistributionDto: {
            /**
             * Format: int32
             * @example 0
             */
            1: number;
            /**
             * Format: int32
             * @example 0
             */
            2: number;
            /**
             * Format: int32
             * @example 1
             */
            3: number;
            /**
             * Format: int32
             * @example 2
             */
            4: number;
            /**
             * Format: int32
             * @example 3
             */
            5: number;
        };
        RatingDto: {
            /** @description Mean of all ratings, null before the first. */
            average: number | null;
            count: number;
            /** @description Ratings by stars: `{ "1": 0, ..., "5": 3 }`. */
            distribution: components["schemas"]["RatingDistributionDto"];
        };
        MentorContactsDto: {
            email: string;
            telegram: string | null;
        };
        MentorRelationDto: Record<string, never>;
        MentorDto: {
            /** @description The concepts of the skills graph those tags stand for, in their order ("js" and "JavaScript" are both `javascript`); tags that stand for none are free tags, in `skills` only. */
            concepts: components["schemas"]["ConceptRefDto"][];
            /** Format: uuid */
            id: string;
            name: string;
            bio: string;
            expertise: string;
            /** @description The skills as the mentor typed them (normalised tags). */
            skills: string[];
            experienceYears: number;
            languages: string[];
            timezone: string;
            capacity: number;
            activeMentees: number;
            acceptingRequests: boolean;
            /** @description Accepting requests and below capacity. */
            available: boolean;
            rating: components["schemas"]["RatingDto"];
            contacts: components["schemas"]["MentorContactsDto"] | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description GET /api/mentors/{id} only: the signed-in student's open request, rating and favourite with this mentor (null for anyone else). */
            relation?: components["schemas"]["MentorRelationDto"] | null;
        };
        MentorSessionDto: {
            accessToken: string;
            /** @description Absent when sign-in asked for the httpOnly cookie (`refreshCookie: true`). */
            refreshToken?: string;
            /** @description With the cookie only: the session's token for `x-csrf-token`. */
            csrfToken?: string;
            expiresIn: number;
            /** @description Always `mentor`. */
            role: string;
            profile: components["schemas"]["MentorDto"];
        };
        UpdateMentorDto: {
            name?: string;
            /** @description Free-text biography, up to 4000 characters. */
            bio?: string;
            /** @description Headline of expertise, up to 200 characters. */
            expertise?: string;
            /** @description Skill tags, e.g. `["python", "system design"]`: normalised, at most 30 of 40 characters. */
            skills?: string[];
            /** @description ISO 639-1 language codes, e.g. `["ru", "en"]`. */
            languages?: string[];
            /** @example ann_dev */
            telegram?: string | null;
            experienceYears?: number;
            /** @description IANA time zone, e.g. `Europe/Moscow`. */
            timezone?: string;
            /** @description Most mentees at once (0..100, default 5). */
            capacity?: number;
            /** @description Whether students may send new requests (default true). */
            acceptingRequests?: boolean;
        };
        SaveFavoriteDto: {
            /** @description Tell me once when this mentor, full or paused, takes requests again (default false). */
            notifyWhenFree?: boolean;
        };
        FavoriteDto: {
            /** Format: uuid */
            mentorId: string;
            notifyWhenFree: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description The mentor's public profile. */
            mentor: components["schemas"]["MentorDto"];
        };
        FavoritePageDto: {
            items: components["schemas"]["FavoriteDto"][];
            nextCursor: string | null;
            total: number;
        };
        MentorHitDto: {
            mentor: components["schemas"]["MentorDto"];
            /** @description Relevance (with a query) or rating score (without); always finite. */
            score: number;
            /** @description Skills and terms that made the mentor match. */
            matched: string[];
            /** @description For a signed-in student: their open request, rating and favourite with this mentor. */
            relation?: components["schemas"]["MentorRelationDto"];
        };
        SuggestedConceptDto: {
            /** @description Stable concept id, e.g. `machine-learning`. */
            id: string;
            /** @description Its name in the query's script (Russian for a Cyrillic query, else English), e.g. "Машинное обучение". */
            label: string;
        };
        SearchSuggestionsDto: {
            /** @description The query with its typos corrected ("pyton" → "python"), or null when nothing was corrected. */
            didYouMean: string | null;
            /** @description Concepts next to the ones the query named (broader, related, narrower) that some mentor has; at most 5. */
            concepts: components["schemas"]["SuggestedConceptDto"][];
        };
        MentorHitPageDto: {
            items: components["schemas"]["MentorHitDto"][];
            nextCursor: string | null;
            /** @description Mentors matching the query and filters; the same for every `limit` and page. */
            total?: number;
            /** @description Present (true) when `total` is the size of the index's candidate pool rather than an exact count (the Qdrant index). */
            totalIsEstimate?: boolean;
            /**
             * @description Present when a text query has no answer: it names no concept and no word any mentor has, or the specific
             *     things it names ("rust", "1С") no mentor has. `items` is then empty.
             */
            suggestions?: components["schemas"]["SearchSuggestionsDto"];
        };
        AdminSignUpDto: {
            /**
             * Format: email
             * @example ann@example.com
             */
            email: string;
            /**
             * Format: password
             * @description 8..128 characters.
             */
            password: string;
            name: string;
        };
        AdminDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        AdminSessionDto: {
            accessToken: string;
            /** @description Absent when sign-in asked for the httpOnly cookie (`refreshCookie: true`). */
            refreshToken?: string;
            /** @description With the cookie only: the session's token for `x-csrf-token`. */
            csrfToken?: string;
            expiresIn: number;
            /** @description Always `admin`. */
            role: string;
            profile: components["schemas"]["AdminDto"];
        };
        StudentSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            about: string;
            interests: string[];
        };
        MentorSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            expertise: string;
            skills: string[];
            rating: {
                average: number | null;
                count: number;
            };
        };
        RequestHistoryEntryDto: {
            /** @enum {string} */
            byRole: "student" | "mentor" | "admin" | "system";
            /** @enum {string|null} */
            from: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired" | null;
            /** @enum {string} */
            to: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired";
            /** @enum {string|null} */
            reason: "no_capacity" | "outside_expertise" | "schedule" | "not_a_fit" | "other" | null;
            /** Format: uuid */
            byId: string | null;
            note: string | null;
            /** Format: date-time */
            at: string;
        };
        RequestDto: {
            /**
             * @description `pending`, `accepted`, `rejected`, `cancelled`, `completed` or `expired`.
             * @enum {string}
             */
            status: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired";
            /**
             * @description Why it was rejected or cancelled, when the closer said.
             * @enum {string|null}
             */
            closeReason: "no_capacity" | "outside_expertise" | "schedule" | "not_a_fit" | "other" | null;
            /** @description The statuses the caller may move it to now (empty when there is nothing they can do). */
            allowedTransitions: ("pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired")[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            studentId: string;
            studentName: string;
            /** Format: uuid */
            mentorId: string;
            mentorName: string;
            student: components["schemas"]["StudentSummaryDto"];
            mentor: components["schemas"]["MentorSummaryDto"];
            message: string;
            /** @description The note sent with the latest transition that had one (every note stays in the thread). */
            note: string | null;
            /**
             * Format: date-time
             * @description When a pending request expires unless the mentor answers; null once answered or closed.
             */
            expiresAt: string | null;
            /** @description Thread entries from the other party (or the system) the caller has not read yet; 0 for admins. */
            unreadMessages: number;
            /** @description Who moved it to which state, when, with which note (the single request only). */
            history?: components["schemas"]["RequestHistoryEntryDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When the mentor accepted or rejected it.
             */
            respondedAt: string | null;
            /**
             * Format: date-time
             * @description When it became rejected, cancelled, completed or expired.
             */
            closedAt: string | null;
        };
        RequestPageDto: {
            items: components["schemas"]["RequestDto"][];
            nextCursor: string | null;
            total: number;
        };
        AdminAccountDto: {
            /** @enum {string} */
            kind: "student" | "mentor" | "admin";
            /**
             * Format: date-time
             * @description When it was suspended; null while active.
             */
            suspendedAt: string | null;
            /**
             * Format: uuid
             * @description The admin who suspended it.
             */
            suspendedBy: string | null;
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        AdminAccountPageDto: {
            nextCursor: string | null;
            items: components["schemas"]["AdminAccountDto"][];
            total: number;
        };
        SuspensionDto: {
            account: components["schemas"]["AdminAccountDto"];
            /** @description Refresh tokens revoked (every device signed out). */
            sessionsRevoked: number;
            /** @description Open requests cancelled, each with a notification to the other party. */
            requestsClosed: number;
        };
        RateMentorDto: {
            /** @description Optional comment, up to 1000 characters (trimmed; empty or null means none). */
            comment?: string | null;
            /** @description Stars, an integer 1..5. */
            score: number;
        };
        MyRatingDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            mentorId: string;
            score: number;
            comment: string | null;
            /** @description True when this call replaced an earlier rating by the same student. */
            replaced: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The mentor's rating after this one. */
            mentorRating: components["schemas"]["RatingDto"];
        };
        PublicRatingDto: {
            /** Format: uuid */
            id: string;
            score: number;
            comment: string | null;
            /** @description The student's first name. */
            studentName: string;
            /**
             * Format: date-time
             * @description When the rating was given (or last replaced).
             */
            updatedAt: string;
        };
        RatingPageDto: {
            items: components["schemas"]["PublicRatingDto"][];
            nextCursor: string | null;
            /** @description Number of ratings of the mentor. */
            total?: number;
        };
        StatsRangeDto: {
            /** @description First day, inclusive. */
            from: string;
            /** @description Last day, inclusive. */
            to: string;
            days: number;
        };
        AccountCountsDto: {
            students: number;
            mentors: number;
            admins: number;
            total: number;
        };
        AccountsStatsDto: {
            /** @description All accounts now. */
            all: components["schemas"]["AccountCountsDto"];
            /** @description Accounts created within the range. */
            createdInRange: components["schemas"]["AccountCountsDto"];
        };
        RequestsByStatusDto: {
            pending: number;
            accepted: number;
            rejected: number;
            cancelled: number;
            completed: number;
            /** @description Pending requests nobody answered within REQUEST_TTL_DAYS. */
            expired: number;
        };
        ClosedByReasonDto: {
            no_capacity: number;
            outside_expertise: number;
            schedule: number;
            not_a_fit: number;
            other: number;
            /** @description Rejected or cancelled without a reason. */
            unspecified: number;
        };
        RequestFiguresDto: {
            /** @description Requests created in the range. */
            total: number;
            byStatus: components["schemas"]["RequestsByStatusDto"];
            closedByReason: components["schemas"]["ClosedByReasonDto"];
            /** @description Requests the mentor answered (accepted or rejected: `respondedAt` is set). */
            answered: number;
            /** @description Answered requests the mentor accepted: now accepted, completed, or cancelled after acceptance. */
            acceptedAnswers: number;
            /** @description `acceptedAnswers / answered` (0..1, 4 decimals); null when nothing was answered. Pending requests do not count. */
            acceptanceRate: number | null;
            /** @description Median seconds from creation to the mentor's first answer, over answered requests; null when none. */
            medianResponseSeconds: number | null;
        };
        DayCountDto: {
            /** @description UTC day, `YYYY-MM-DD`. */
            date: string;
            /** @description Requests created that day. */
            count: number;
        };
        TopMentorByDemandDto: {
            /** Format: uuid */
            mentorId: string;
            name: string;
            /** @description Requests received in the range. */
            requests: number;
            activeMentees: number;
            capacity: number;
        };
        TopMentorByRatingDto: {
            /** Format: uuid */
            mentorId: string;
            name: string;
            /** @description Bayesian average, the ranking key. */
            bayesian: number;
            average: number;
            count: number;
        };
        MentorCapacityDto: {
            mentors: number;
            acceptingRequests: number;
            /** @description Mentors whose active mentees reached their capacity. */
            atCapacity: number;
            activeMentees: number;
            totalCapacity: number;
        };
        SkillDemandDto: {
            /** @description The concept with its names; null for a free tag. */
            concept: components["schemas"]["ConceptRefDto"] | null;
            /** @description The row's key: the id of its concept of the skills graph (what `skills=` filters on: `go` for "go" and "golang"), or, for a free tag that stands for no concept, the first of its tags. */
            skill: string;
            /** @description The tags merged into this row, as mentors and searches wrote them. */
            aliases: string[];
            /** @description Mentors offering the skill (now). */
            mentors: number;
            /** @description Of those, accepting requests and below capacity. */
            availableMentors: number;
            /** @description Requests created in the range to mentors offering the skill ("asked for"). */
            requested: number;
            /** @description Searches in the range that asked for it, by filter or in their text ("searched for"). */
            searched: number;
            /** @description Unmet demand: searched or asked for in the range, and no mentor offers it. */
            unmet: boolean;
        };
        PlatformStatsDto: {
            range: components["schemas"]["StatsRangeDto"];
            accounts: components["schemas"]["AccountsStatsDto"];
            requests: components["schemas"]["RequestFiguresDto"];
            /** @description One entry per day of the range, oldest first; days without requests are 0. */
            requestsPerDay: components["schemas"]["DayCountDto"][];
            /** @description The 10 mentors who received the most requests in the range. */
            topMentorsByDemand: components["schemas"]["TopMentorByDemandDto"][];
            /** @description The 10 best rated mentors by Bayesian average (rated at least once; not range-bound). */
            topMentorsByRating: components["schemas"]["TopMentorByRatingDto"][];
            capacity: components["schemas"]["MentorCapacityDto"];
            /** @description The 30 skills most in demand (requested + searched), with their supply. */
            skills: components["schemas"]["SkillDemandDto"][];
            /** @description Unmet demand: skills searched or asked for in the range that no mentor offers, most wanted first (up to 30). */
            unmetDemand: components["schemas"]["SkillDemandDto"][];
            /**
             * Format: date-time
             * @description When the figures were computed (they may be cached for a few seconds).
             */
            generatedAt: string;
        };
        SignUpCountsDto: {
            students: number;
            mentors: number;
            admins: number;
        };
        SeriesPointDto: {
            /** @description Median seconds from creation to the mentor's answer, of the requests answered in the bucket; null when none was. */
            medianResponseSeconds: number | null;
            /** @description First day of the bucket, `YYYY-MM-DD`. */
            date: string;
            signUps: components["schemas"]["SignUpCountsDto"];
            /** @description Searches (first pages). */
            searches: number;
            requestsCreated: number;
            /** @description Requests the mentor accepted in the bucket (by the day of the answer). */
            requestsAccepted: number;
            /** @description Requests completed in the bucket (by the day they were closed). */
            requestsCompleted: number;
        };
        StatsSeriesDto: {
            /** @enum {string} */
            interval: "day" | "week";
            range: components["schemas"]["StatsRangeDto"];
            points: components["schemas"]["SeriesPointDto"][];
        };
        MenteesDto: {
            /** @description Accepted requests open now. */
            active: number;
            capacity: number;
            acceptingRequests: boolean;
            atCapacity: boolean;
        };
        CompletedMentorshipsDto: {
            /** @description Completed (closed) within the range. */
            inRange: number;
            allTime: number;
        };
        MentorRatingStatsDto: {
            /** @description Mean of all ratings, null before the first. */
            average: number | null;
            count: number;
            /** @description Ratings by stars: `{ "1": 0, ..., "5": 3 }`. */
            distribution: components["schemas"]["RatingDistributionDto"];
            /** @description Bayesian average (prior 3.5 weighted as 5 ratings): the order of "by rating". */
            bayesian: number;
        };
        MentorStatsDto: {
            /** Format: uuid */
            mentorId: string;
            range: components["schemas"]["StatsRangeDto"];
            requests: components["schemas"]["RequestFiguresDto"];
            /** @description One entry per day of the range, oldest first; days without requests are 0. */
            requestsPerDay: components["schemas"]["DayCountDto"][];
            /** @description Now, not range-bound. */
            mentees: components["schemas"]["MenteesDto"];
            completedMentorships: components["schemas"]["CompletedMentorshipsDto"];
            /** @description All ratings so far, not range-bound. */
            rating: components["schemas"]["MentorRatingStatsDto"];
            /** Format: date-time */
            generatedAt: string;
        };
        SkillSuggestionDto: {
            /** @example machine-learning */
            id: string;
            /**
             * @description The form of the concept the typed text matched: a label, alias, transliteration, slang or misspelling ("pyton"); empty for the most offered concepts.
             * @example python
             */
            matched: string;
            /**
             * @description Listed mentors who offer the concept (whatever they typed for it); refreshed about once a minute.
             * @example 12
             */
            mentors: number;
            labels: components["schemas"]["ConceptLabelsDto"];
        };
        SkillSuggestionsDto: {
            /**
             * @description Best first.
             * @example [
             *       {
             *         "id": "python",
             *         "labels": {
             *           "en": "Python",
             *           "ru": "Python"
             *         },
             *         "matched": "python",
             *         "mentors": 12
             *       },
             *       {
             *         "id": "pytorch",
             *         "labels": {
             *           "en": "PyTorch",
             *           "ru": "PyTorch"
             *         },
             *         "matched": "pytorch",
             *         "mentors": 3
             *       }
             *     ]
             */
            items: components["schemas"]["SkillSuggestionDto"][];
        };
        RecommendationReasonDto: {
            /**
             * @description `interest`: from the student's interests; `request`: from the skills of mentors they asked before.
             * @enum {string}
             */
            source: "interest" | "request";
            /** @description The mentor's concept. */
            concept: components["schemas"]["ConceptRefDto"];
            /** @description The student's concept it came from: the same one, a broader one (React for an interest in frontend) or a related one. */
            because: components["schemas"]["ConceptRefDto"];
        };
        RecommendedMentorDto: {
            /** @description The strongest reasons, at most three. */
            reasons: components["schemas"]["RecommendationReasonDto"][];
            mentor: components["schemas"]["MentorDto"];
            /** @description Sum of the weights of the matched concepts (a concept named by the student 1, by a past request 0.5; narrower ×0.6, related ×0.4); comparable within one list. */
            score: number;
            /** @description Ids of the mentor's concepts that matched, strongest first (like a search hit's `matched`). */
            matched: string[];
            /** @description The signed-in student's relation to this mentor (rating, favourite; never an open request: those mentors are left out). */
            relation?: components["schemas"]["MentorRelationDto"];
        };
        RecommendedPageDto: {
            items: components["schemas"]["RecommendedMentorDto"][];
            nextCursor: string | null;
        };
        RequestNotificationDataDto: {
            /**
             * @description The request's status after the change.
             * @enum {string}
             */
            status: "pending" | "accepted" | "rejected" | "cancelled" | "completed";
            /**
             * @description Who made the change.
             * @enum {string}
             */
            by: "student" | "mentor" | "admin";
            /** @description The note given with the change (other types). */
            note?: string | null;
            /** Format: uuid */
            requestId: string;
            /** Format: uuid */
            studentId: string;
            studentName: string;
            /** Format: uuid */
            mentorId: string;
            mentorName: string;
            /** @description The start of the student's message (`request.created` only). */
            message?: string;
        };
        RequestNotificationDto: {
            /**
             * Format: date-time
             * @description When the recipient marked it read; null while unread.
             */
            readAt: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "request.created" | "request.accepted" | "request.rejected" | "request.cancelled" | "request.completed";
            data: components["schemas"]["RequestNotificationDataDto"];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The SSE event id: increases with every notification of the account (send it back as Last-Event-ID).
             */
            eventId: string;
            /** Format: date-time */
            createdAt: string;
        };
        RatingNotificationDataDto: {
            comment: string | null;
            /** @description The score this rating replaced, or null for a first rating. */
            previousScore: number | null;
            /** Format: uuid */
            ratingId: string;
            /** Format: uuid */
            studentId: string;
            /** @description 1..5 */
            score: number;
            replaced: boolean;
        };
        RatingNotificationDto: {
            /**
             * Format: date-time
             * @description When the recipient marked it read; null while unread.
             */
            readAt: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rating.created";
            data: components["schemas"]["RatingNotificationDataDto"];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The SSE event id: increases with every notification of the account (send it back as Last-Event-ID).
             */
            eventId: string;
            /** Format: date-time */
            createdAt: string;
        };
        OtherNotificationDto: {
            /**
             * Format: date-time
             * @description When the recipient marked it read; null while unread.
             */
            readAt: string | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "request.expired" | "request.reminder" | "request.message" | "mentor.available";
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The SSE event id: increases with every notification of the account (send it back as Last-Event-ID).
             */
            eventId: string;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationPageDto: {
            items: (components["schemas"]["RequestNotificationDto"] | components["schemas"]["RatingNotificationDto"] | components["schemas"]["OtherNotificationDto"])[];
            nextCursor: string | null;
            total: number;
            /** @description Unread notifications of the account (all of them, not only this page). */
            unread: number;
        };
        StreamTicketDto: {
            /** @description Pass as `?ticket=` to `GET /api/notifications/stream`. Works once, on any replica. */
            ticket: string;
            /** @description Seconds until the ticket expires. */
            expiresIn: number;
            /** Format: date-time */
            expiresAt: string;
        };
        ReadAllDto: {
            /** @description How many notifications were marked read by this call. */
            marked: number;
            /** @description Unread notifications left (0). */
            unread: number;
        };
        CreateRequestDto: {
            /**
             * Format: uuid
             * @description The mentor to ask.
             */
            mentorId: string;
            /** @description What the student wants to learn, 1..2000 characters. */
            message: string;
        };
        UpdateRequestDto: {
            /**
             * @description Why, when rejecting or cancelling (refused with any other status).
             * @enum {string}
             */
            reason?: "no_capacity" | "outside_expertise" | "schedule" | "not_a_fit" | "other";
            /**
             * @description The new status: `accepted` or `rejected` (the mentor, from pending), `completed` (either party,
             *     from accepted), `cancelled` (the student from pending; either party from accepted; an admin from either).
             * @enum {string}
             */
            status: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired";
            /** @description A note for the other party, up to 2000 characters: it becomes a message of the request's thread. */
            note?: string;
        };
        TransitionDto: {
            /**
             * @description The state before (null for the creation of the request).
             * @enum {string|null}
             */
            from: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired" | null;
            /** @enum {string} */
            to: "pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired";
            /** @enum {string|null} */
            reason: "no_capacity" | "outside_expertise" | "schedule" | "not_a_fit" | "other" | null;
        };
        RequestMessageDto: {
            /** @enum {string} */
            authorRole: "student" | "mentor" | "admin" | "system";
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The account that wrote it; null for the system (expiry, account deletion).
             */
            authorId: string | null;
            body: string | null;
            /** @description The transition this entry records, if any. */
            transition: components["schemas"]["TransitionDto"] | null;
            /** Format: date-time */
            createdAt: string;
        };
        RequestMessagePageDto: {
            items: components["schemas"]["RequestMessageDto"][];
            nextCursor: string | null;
            total: number;
        };
        PostMessageDto: {
            /** @description The message, 1..4000 characters (trimmed). */
            body: string;
        };
        RoleDto: {
            /** @enum {string} */
            role: "student" | "mentor" | "admin";
        };
        DeleteAccountDto: {
            /** @description The account's password (admins deleting another account leave it out). */
            password?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A dependency is down or the instance is shutting down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
    Metrics_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No METRICS_TOKEN, or not the right one */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_REFRESH_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.CSRF_FAILED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is over 4096 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description AUTH.CSRF_FAILED
             *
             *     ACCOUNT.SUSPENDED
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is over 4096 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description AUTH.WRONG_PASSWORD
             *
             *     ACCOUNT.SUSPENDED
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is over 4096 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Students_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StudentSignUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentSessionDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Students_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentSessionDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is over 4096 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Students_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Students_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentProfileDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description STUDENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountDeletion_deleteStudent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No password given for one's own account (AUTH.PASSWORD_REQUIRED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Wrong password (AUTH.WRONG_PASSWORD)
             *
             *     ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such student visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Students_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStudentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StudentDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description STUDENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Mentors_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorSignUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Mentors_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorSessionDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is over 4096 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Mentors_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountDeletion_deleteMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No password given for one's own account (AUTH.PASSWORD_REQUIRED) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Wrong password (AUTH.WRONG_PASSWORD)
             *
             *     ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such mentor visible to the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Mentors_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMentorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.CAPACITY_BELOW_ACTIVE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Favorites_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveFavoriteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FavoriteDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such mentor (MENTOR.NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Favorites_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such mentor (MENTOR.NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Favorites_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FavoritePageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Mentors_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description Comma-separated skills the mentor must have (all of them), e.g. `python,sql` */
                skills?: string;
                /** @description Free text in Russian or English, e.g. "хочу разобраться в ML на питоне". */
                query?: string;
                /** @description ISO 639-1 code of a language the mentor speaks. */
                language?: string;
                /** @description Only mentors accepting requests and below capacity. */
                acceptingOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorHitPageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description SEARCH.WARMING_UP, SEARCH.UNAVAILABLE */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Admin_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminSignUpDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Admin_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSessionDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The body is over 4096 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminConsole_requests: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                mentorId?: string;
                studentId?: string;
                /** @description Created on or after this day, `YYYY-MM-DD` (UTC). */
                from?: string;
                /** @description Created on or before this day, `YYYY-MM-DD` (UTC), inclusive. */
                to?: string;
                /** @description Only these statuses, comma-separated, e.g. `pending` or `pending,accepted`. */
                status?: ("pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestPageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminConsole_accounts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                kind?: "student" | "mentor" | "admin";
                /** @description Part of the email or the name, case-insensitive. */
                q?: string;
                /** @description `true`: suspended accounts only; `false`: active ones only. */
                suspended?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccountPageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminConsole_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.CANNOT_SUSPEND_SELF */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminConsole_unsuspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminAccountDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Ratings_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateMentorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyRatingDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description RATING.NOT_A_MENTEE
             *
             *     ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Ratings_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingPageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stats_platform: {
        parameters: {
            query?: {
                /** @description First day, `YYYY-MM-DD` (UTC). Default: `to` minus 29 days. */
                from?: string;
                /** @description Last day, `YYYY-MM-DD` (UTC), inclusive. Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformStatsDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stats_series: {
        parameters: {
            query?: {
                /** @description Bucket size: `day` (default) or `week` (ISO weeks, Monday first; a bucket is named by its first day). */
                interval?: "day" | "week";
                /** @description First day, `YYYY-MM-DD` (UTC). Default: `to` minus 29 days. */
                from?: string;
                /** @description Last day, `YYYY-MM-DD` (UTC), inclusive. Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsSeriesDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stats_export: {
        parameters: {
            query?: {
                /** @description Bucket size: `day` (default) or `week` (ISO weeks, Monday first; a bucket is named by its first day). */
                interval?: "day" | "week";
                /** @description Which table: `series` (default, per bucket) or `skills` (supply vs demand, every skill). */
                table?: "series" | "skills";
                /** @description First day, `YYYY-MM-DD` (UTC). Default: `to` minus 29 days. */
                from?: string;
                /** @description Last day, `YYYY-MM-DD` (UTC), inclusive. Default: today. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example date,signups_students,...
                     *     2026-01-05,3,1,0,42,7,5,2,3600
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Stats_mentor: {
        parameters: {
            query?: {
                /** @description First day, `YYYY-MM-DD` (UTC). Default: `to` minus 29 days. */
                from?: string;
                /** @description Last day, `YYYY-MM-DD` (UTC), inclusive. Default: today. */
                to?: string;
            };
            header?: never;
            path: {
                mentorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorStatsDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Skills_suggest: {
        parameters: {
            query?: {
                /** @description What the user typed so far, in Russian or English, any script ("pyt", "реа", "mashinnoe"); empty = the most offered concepts. */
                query?: string;
                /** @description Suggestions to return, 1..50. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillSuggestionsDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Recommendations_recommended: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendedPageDto"];
                };
            };
            /** @description INVALID_CURSOR */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_inbox: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description Only notifications not yet marked read. */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_ticket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTicketDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description RATE_LIMITED */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_streamCookie: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestNotificationDto"] | components["schemas"]["RatingNotificationDto"] | components["schemas"]["OtherNotificationDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description NOTIFICATION.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Notifications_stream: {
        parameters: {
            query?: {
                /** @description A one-time ticket from `POST /api/notifications/ticket` (for EventSource, which cannot send headers). */
                ticket?: string;
                /** @description Same as the Last-Event-ID header (which wins when both are sent): replay what came after it. */
                lastEventId?: string;
            };
            header?: {
                /** @description Replay the notifications after this event id */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless `text/event-stream`. Events: `ready` once at the start (`id` = the starting event id, data `{"lastEventId":"41"}`); then one default (`message`) event per notification, `id` = its `eventId`, data = the notification JSON (schema `RequestNotificationDto` or `RatingNotificationDto`, by `type`); `: heartbeat` comments every SSE_HEARTBEAT_SECONDS; `retry:` lines set the reconnect delay. An EventSource reconnects by itself and sends `Last-Event-ID`, which replays what it missed, exactly once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example retry: 2000
                     *
                     *     event: ready
                     *     id: 41
                     *     data: {"lastEventId":"41"}
                     *
                     *     id: 42
                     *     data: {"id":"5d0e…","eventId":"42","type":"request.created","data":{"requestId":"…","status":"pending"},"createdAt":"2026-01-01T00:00:00.000Z","readAt":null}
                     */
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Requests_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.NOT_ACCEPTING, REQUEST.DUPLICATE_OPEN, REQUEST.TOO_MANY_PENDING */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Requests_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description REQUEST.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Requests_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description REQUEST.REASON_NOT_ALLOWED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description REQUEST.TRANSITION_NOT_YOURS
             *
             *     ACCOUNT.SUSPENDED
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description REQUEST.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description REQUEST.INVALID_TRANSITION, MENTOR.AT_CAPACITY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Requests_messages: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestMessagePageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description REQUEST.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Requests_postMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestMessageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description REQUEST.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description REQUEST.THREAD_CLOSED, REQUEST.THREAD_READ_ONLY */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Requests_listOfStudent: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description Only these statuses, comma-separated, e.g. `pending` or `pending,accepted`. */
                status?: ("pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired")[];
            };
            header?: never;
            path: {
                student_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestPageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description STUDENT.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Requests_listOfMentor: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                /** @description Only these statuses, comma-separated, e.g. `pending` or `pending,accepted`. */
                status?: ("pending" | "accepted" | "rejected" | "cancelled" | "completed" | "expired")[];
            };
            header?: never;
            path: {
                mentor_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestPageDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED, AUTH.ROLE_NOT_ALLOWED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description MENTOR.NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Roles_role: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    Roles_roleOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                instance_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleDto"];
                };
            };
            /** @description Invalid input (`errors` names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description AUTH.INVALID_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ACCOUNT.SUSPENDED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unexpected error (quote `requestId`) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database cannot be reached, or this replica is shutting down; retry after Retry-After seconds */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}
