#ifndef CBULKINSERT_H
#define CBULKINSERT_H
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/// The reference the ingest benchmark measures the real ingest against: a bulk insert of rows
/// that are already decoded, written directly against SQLite's C API (sqlite3_prepare_v2, bind,
/// step) into the store's own tables.

/// SQLite's connection (sqlite3.h is included by the C file only, so Swift sees one SQLite module).
typedef struct sqlite3 sqlite3;

/// A text value: `length` bytes of UTF-8 at `bytes`, or SQL NULL when `bytes` is NULL.
typedef struct {
    const char *bytes;
    int32_t length;
} sl_text;

/// The text columns of `events`, in the order of `sl_event_row.text`.
enum {
    SL_ID, SL_ACCOUNT, SL_ORGANIZATION, SL_CONVERSATION, SL_CHANNEL, SL_MODEL, SL_PROMPT, SL_RESPONSE,
    SL_IP, SL_COUNTRY, SL_ANONYMIZER, SL_USER_AGENT, SL_DEVICE, SL_TIMEZONE, SL_LOCALE, SL_RAW,
    SL_TEXT_COLUMNS
};

/// One decoded event: every column of the `events` table but `seq`, and the 64-bit hash of its id
/// (the `event_keys` key).
typedef struct {
    int64_t time;
    int64_t asn;     /* used when has_asn */
    int64_t key;
    int8_t has_asn;
    int8_t refused;  /* -1 NULL, 0 false, 1 true */
    sl_text text[SL_TEXT_COLUMNS];
} sl_event_row;

/// Inserts `count` rows into `events` (seq = first_seq + i) and, when `with_keys` is non-zero,
/// claims each row's key in `event_keys`, `rows_per_transaction` rows a transaction, with one
/// prepared statement per table. Returns SQLITE_OK, or the first error's code (the open
/// transaction is rolled back).
int sl_bulk_insert_events(sqlite3 *db, const sl_event_row *rows, int64_t count, int64_t first_seq,
                          int64_t rows_per_transaction, int with_keys);

#ifdef __cplusplus
}
#endif
#endif
