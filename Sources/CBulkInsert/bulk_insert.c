#include <stddef.h>
#include <sqlite3.h>
#include "cbulkinsert.h"

static const char *insert_event_sql =
    "INSERT INTO events (seq, id, time, account, organization, conversation, channel, model, prompt, response, "
    "refused, ip, asn, country, anonymizer, user_agent, device, timezone, locale, raw) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
static const char *claim_key_sql = "INSERT INTO event_keys (key, seq) VALUES (?, ?) ON CONFLICT DO NOTHING";

static void bind_text(sqlite3_stmt *stmt, int index, sl_text t) {
    if (t.bytes) sqlite3_bind_text(stmt, index, t.bytes, t.length, SQLITE_STATIC);
    else sqlite3_bind_null(stmt, index);
}

static int step(sqlite3_stmt *stmt) {
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int sl_bulk_insert_events(sqlite3 *db, const sl_event_row *rows, int64_t count, int64_t first_seq,
                          int64_t rows_per_transaction, int with_keys) {
    sqlite3_stmt *insert = NULL, *claim = NULL;
    int rc = sqlite3_prepare_v2(db, insert_event_sql, -1, &insert, NULL);
    if (rc == SQLITE_OK && with_keys) rc = sqlite3_prepare_v2(db, claim_key_sql, -1, &claim, NULL);
    for (int64_t start = 0; rc == SQLITE_OK && start < count; start += rows_per_transaction) {
        int64_t end = start + rows_per_transaction < count ? start + rows_per_transaction : count;
        rc = sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
        for (int64_t i = start; rc == SQLITE_OK && i < end; i++) {
            const sl_event_row *r = &rows[i];
            int64_t seq = first_seq + i;
            if (claim) {
                sqlite3_bind_int64(claim, 1, r->key);
                sqlite3_bind_int64(claim, 2, seq);
                rc = step(claim);
                if (rc != SQLITE_OK) break;
            }
            sqlite3_bind_int64(insert, 1, seq);
            bind_text(insert, 2, r->text[SL_ID]);
            sqlite3_bind_int64(insert, 3, r->time);
            bind_text(insert, 4, r->text[SL_ACCOUNT]);
            bind_text(insert, 5, r->text[SL_ORGANIZATION]);
            bind_text(insert, 6, r->text[SL_CONVERSATION]);
            bind_text(insert, 7, r->text[SL_CHANNEL]);
            bind_text(insert, 8, r->text[SL_MODEL]);
            bind_text(insert, 9, r->text[SL_PROMPT]);
            bind_text(insert, 10, r->text[SL_RESPONSE]);
            if (r->refused < 0) sqlite3_bind_null(insert, 11);
            else sqlite3_bind_int64(insert, 11, r->refused);
            bind_text(insert, 12, r->text[SL_IP]);
            if (r->has_asn) sqlite3_bind_int64(insert, 13, r->asn);
            else sqlite3_bind_null(insert, 13);
            bind_text(insert, 14, r->text[SL_COUNTRY]);
            bind_text(insert, 15, r->text[SL_ANONYMIZER]);
            bind_text(insert, 16, r->text[SL_USER_AGENT]);
            bind_text(insert, 17, r->text[SL_DEVICE]);
            bind_text(insert, 18, r->text[SL_TIMEZONE]);
            bind_text(insert, 19, r->text[SL_LOCALE]);
            bind_text(insert, 20, r->text[SL_RAW]);
            rc = step(insert);
        }
        if (rc == SQLITE_OK) rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
        if (rc != SQLITE_OK) sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(claim);
    return rc;
}
