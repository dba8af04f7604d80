<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\local\settings;

/**
 * Aggregates Moodle's standard log into the document-access summary (local_digitalstrategy_docaccess)
 * and the active users per month (local_digitalstrategy_activeuser), so no page ever scans the log.
 *
 * Incremental: it reads only log rows after the position docaccesslastid (config_plugins), in
 * batches of consecutive log ids. Each batch and the new position are written in one transaction,
 * so an interrupted run loses nothing and counts nothing twice: the next run starts where the last
 * committed batch ended. A run stops after its time budget and the next cron run resumes. Log rows
 * younger than SETTLE_SECONDS are left for the next run, so a row written by a request still in
 * its transaction (with a smaller id than rows already visible) is not skipped. One runner at a
 * time: the run takes a lock (Moodle's lock API) and does nothing when another runner holds it.
 *
 * What counts: read events in a course module's context of a programme course (settings
 * programmecategory) from the events in EVENTS, by a logged-in user (not the guest, not "logged in
 * as", not anonymous), inside the programme's half-years. A file resource opened counts as a
 * download (Moodle hands out the file; the log does not tell opening from saving), a folder
 * downloaded as a zip too; everything else in EVENTS is a view. Active users: every user with any
 * logged event in a month, on the whole site.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class docaccess_aggregator {
    /** @var string The summary table. */
    public const TABLE = 'local_digitalstrategy_docaccess';
    /** @var string Active users per month. */
    public const ACTIVE_TABLE = 'local_digitalstrategy_activeuser';
    /** @var string Moodle's standard log. */
    public const LOG_TABLE = 'logstore_standard_log';
    /** @var string config_plugins name of the position: the last log id aggregated. */
    public const POSITION = 'docaccesslastid';
    /** @var string Lock type (lock factory name). */
    public const LOCK_TYPE = 'local_digitalstrategy_docaccess';
    /** @var int Log rows younger than this (seconds) wait for the next run. */
    public const SETTLE_SECONDS = 300;
    /** @var int Default number of consecutive log ids per batch. */
    public const BATCH_SIZE = 50000;
    /** @var array<string, string> Log events that count, with what they count as (view or download). */
    public const EVENTS = [
        '\\mod_resource\\event\\course_module_viewed' => 'download',
        '\\mod_folder\\event\\all_files_downloaded' => 'download',
        '\\mod_folder\\event\\course_module_viewed' => 'view',
        '\\mod_page\\event\\course_module_viewed' => 'view',
        '\\mod_book\\event\\course_module_viewed' => 'view',
        '\\mod_devcircle\\event\\pad_viewed' => 'view',
        '\\mod_devcircle\\event\\recording_viewed' => 'view',
    ];

    /** @var string Name of the staging table of one batch. */
    private const STAGE_TABLE = 'local_digitalstrategy_dastage';

    /**
     * Creates the aggregator.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param programme $programme the half-years
     * @param settings $settings which courses are the programme's
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var programme */
        private readonly programme $programme,
        /** @var settings */
        private readonly settings $settings,
    ) {
    }

    /**
     * Aggregates the log rows after the position, batch by batch, until none are left or the time
     * budget is used up.
     *
     * @param float $budget seconds after which no further batch starts
     * @param int $batchsize consecutive log ids per batch
     * @param int $maxbatches stop after this many batches (0: no limit)
     * @return array{locked: bool, batches: int, from: int, to: int, pending: int, seconds: float, longestbatch: float}
     *     locked: another runner held the lock (nothing done); from/to: positions before and after;
     *     pending: settled log ids still to do (0 when caught up); longestbatch: seconds of the slowest batch
     */
    public function run(float $budget = 120.0, int $batchsize = self::BATCH_SIZE, int $maxbatches = 0): array {
        $started = microtime(true);
        $from = $this->position();
        $result = ['locked' => false, 'batches' => 0, 'from' => $from, 'to' => $from, 'pending' => 0, 'seconds' => 0.0,
            'longestbatch' => 0.0];
        $lock = \core\lock\lock_config::get_lock_factory(self::LOCK_TYPE)->get_lock('aggregate', 0, HOURSECS);
        if (!$lock) {
            $result['locked'] = true;
            return $result;
        }
        $stage = null;
        try {
            $position = $this->position();
            $result['from'] = $position;
            $upto = $this->settled_max_id();
            if ($upto > $position) {
                $stage = $this->create_stage();
                $filter = $this->course_filter();
                while ($position < $upto) {
                    // Skip a gap in the log ids (rows deleted by the log's retention) in one step.
                    $next = (int) $this->db->get_field_sql(
                        'SELECT MIN(id) FROM {' . self::LOG_TABLE . '} WHERE id > ?',
                        [$position]
                    );
                    if (!$next || $next > $upto) {
                        $position = $upto;
                        set_config(self::POSITION, $position, 'local_digitalstrategy');
                        break;
                    }
                    $position = $next - 1;
                    $to = min($position + max(1, $batchsize), $upto);
                    $batchstarted = microtime(true);
                    $transaction = $this->db->start_delegated_transaction();
                    $this->aggregate_documents($position, $to, $filter);
                    $this->aggregate_active_users($position, $to);
                    set_config(self::POSITION, $to, 'local_digitalstrategy');
                    $transaction->allow_commit();
                    $position = $to;
                    $result['batches']++;
                    $result['longestbatch'] = max($result['longestbatch'], round(microtime(true) - $batchstarted, 3));
                    if (($maxbatches && $result['batches'] >= $maxbatches) || microtime(true) - $started >= $budget) {
                        break;
                    }
                }
            }
            $result['to'] = $position;
            $result['pending'] = max(0, $upto - $position);
        } finally {
            if ($stage) {
                $this->db->get_manager()->drop_table($stage);
            }
            $lock->release();
        }
        $result['seconds'] = round(microtime(true) - $started, 3);
        return $result;
    }

    /**
     * The last log id aggregated.
     *
     * @return int 0 before the first run
     */
    public function position(): int {
        return (int) $this->db->get_field(
            'config_plugins',
            'value',
            ['plugin' => 'local_digitalstrategy', 'name' => self::POSITION]
        );
    }

    /**
     * The time of the last log row aggregated.
     *
     * @return int|null null before the first run or when that row is gone from the log
     */
    public function aggregated_until(): ?int {
        $position = $this->position();
        if (!$position) {
            return null;
        }
        $time = $this->db->get_field(self::LOG_TABLE, 'timecreated', ['id' => $position]);
        return $time === false ? null : (int) $time;
    }

    /**
     * Whether Moodle's standard log store is enabled (else no new rows arrive in its table).
     *
     * @return bool
     */
    public static function standard_log_enabled(): bool {
        $stores = (string) get_config('tool_log', 'enabled_stores');
        return in_array('logstore_standard', array_map('trim', explode(',', $stores)), true);
    }

    /**
     * The highest log id whose row is older than SETTLE_SECONDS.
     *
     * @return int
     */
    private function settled_max_id(): int {
        return (int) $this->db->get_field_sql(
            'SELECT MAX(id) FROM {' . self::LOG_TABLE . '} WHERE timecreated <= :cutoff',
            ['cutoff' => $this->clock->time() - self::SETTLE_SECONDS]
        );
    }

    /**
     * The condition that a log row belongs to a programme course.
     *
     * @return array{0: string, 1: array} SQL on l.courseid and its parameters
     */
    private function course_filter(): array {
        return programme_courses::condition($this->settings->programme_category(), 'l.courseid');
    }

    /**
     * Adds the counted events of log ids (from, to] to the summary.
     *
     * @param int $from
     * @param int $to
     * @param array $filter course_filter()
     */
    private function aggregate_documents(int $from, int $to, array $filter): void {
        [$eventsql, $params] = $this->db->get_in_or_equal(array_keys(self::EVENTS), SQL_PARAMS_NAMED, 'ev');
        [$downloadsql, $downloadparams] = $this->db->get_in_or_equal(
            array_keys(array_filter(self::EVENTS, fn($kind) => $kind === 'download')),
            SQL_PARAMS_NAMED,
            'dl'
        );
        [$periodcase, $periodparams] = $this->programme->period_case_sql('l.timecreated');
        $params += $periodparams + $downloadparams + $filter[1] + [
            'from' => $from,
            'to' => $to,
            'contextlevel' => CONTEXT_MODULE,
            'guest' => (int) get_config('core', 'siteguest'),
            'pstart' => $this->programme->start(),
            'pfinish' => $this->programme->end(),
        ];
        $modname = $this->db->sql_substr('l.component', 5);
        $stage = '{' . self::STAGE_TABLE . '}';
        $table = '{' . self::TABLE . '}';
        $this->db->execute("INSERT INTO $stage (period, userid, courseid, cmid, modname, views, downloads, timefirst, timelast)
            SELECT x.period, x.userid, MAX(x.courseid), x.cmid, MAX(x.modname), SUM(1 - x.download), SUM(x.download),
                   MIN(x.timecreated), MAX(x.timecreated)
              FROM (SELECT $periodcase AS period, l.userid, l.courseid, l.contextinstanceid AS cmid, $modname AS modname,
                           CASE WHEN l.eventname $downloadsql THEN 1 ELSE 0 END AS download, l.timecreated
                      FROM {" . self::LOG_TABLE . "} l
                     WHERE l.id > :from AND l.id <= :to
                       AND l.eventname $eventsql
                       AND l.contextlevel = :contextlevel
                       AND l.anonymous = 0 AND l.userid > 0 AND l.userid <> :guest AND l.realuserid IS NULL
                       AND l.timecreated >= :pstart AND l.timecreated < :pfinish
                       AND {$filter[0]}) x
          GROUP BY x.period, x.userid, x.cmid", $params);
        $this->add_stage_to_existing($table, $stage);
        $this->db->execute("INSERT INTO $table (period, userid, orgid, courseid, cmid, modname, views, downloads,
                                                 timefirst, timelast)
            SELECT s.period, s.userid, COALESCE(m.orgid, 0), s.courseid, s.cmid, s.modname, s.views, s.downloads,
                   s.timefirst, s.timelast
              FROM $stage s
         LEFT JOIN {local_digitalstrategy_member} m ON m.userid = s.userid
             WHERE NOT EXISTS (SELECT 1 FROM $table d WHERE d.period = s.period AND d.userid = s.userid AND d.cmid = s.cmid)");
        $this->db->execute("DELETE FROM $stage");
    }

    /**
     * Adds the staged counts to the summary rows that exist already (one statement; the staging
     * table is named once where the database cannot reopen a temporary table, as MySQL).
     *
     * @param string $table the summary, in braces
     * @param string $stage the staging table, in braces
     */
    private function add_stage_to_existing(string $table, string $stage): void {
        $family = $this->db->get_dbfamily();
        if ($family === 'postgres') {
            $this->db->execute("UPDATE $table d
                   SET views = d.views + s.views, downloads = d.downloads + s.downloads, timelast = s.timelast
                  FROM $stage s
                 WHERE s.period = d.period AND s.userid = d.userid AND s.cmid = d.cmid");
        } else if ($family === 'mysql') {
            $this->db->execute("UPDATE $table d
                  JOIN $stage s ON s.period = d.period AND s.userid = d.userid AND s.cmid = d.cmid
                   SET d.views = d.views + s.views, d.downloads = d.downloads + s.downloads, d.timelast = s.timelast");
        } else {
            $match = "s.period = $table.period AND s.userid = $table.userid AND s.cmid = $table.cmid";
            $this->db->execute("UPDATE $table
                   SET views = views + (SELECT s.views FROM $stage s WHERE $match),
                       downloads = downloads + (SELECT s.downloads FROM $stage s WHERE $match),
                       timelast = (SELECT s.timelast FROM $stage s WHERE $match)
                 WHERE EXISTS (SELECT 1 FROM $stage s WHERE $match)");
        }
    }

    /**
     * Records the users active in log ids (from, to] per month.
     *
     * @param int $from
     * @param int $to
     */
    private function aggregate_active_users(int $from, int $to): void {
        // Adding 0 to timecreated keeps the batch read by its ids: MIN/MAX on the bare column tempt PostgreSQL to
        // walk the timecreated index from one end instead (12 s on a log of a million rows).
        $span = $this->db->get_record_sql(
            'SELECT MIN(timecreated + 0) AS tmin, MAX(timecreated + 0) AS tmax
               FROM {' . self::LOG_TABLE . '} WHERE id > :from AND id <= :to',
            ['from' => $from, 'to' => $to]
        );
        if (!$span || $span->tmin === null) {
            return;
        }
        $params = [];
        $monthcase = 'CASE';
        $periodcase = 'CASE';
        $month = $this->month_start((int) $span->tmin);
        $i = 0;
        while ($month <= (int) $span->tmax) {
            $next = $this->month_start($month + 32 * DAYSECS);
            $key = $this->month_key($month);
            $monthcase .= ' WHEN l.timecreated < :mend' . $i . ' THEN ' . $key;
            $params['mend' . $i] = $next;
            $period = $this->programme->period_at($month);
            $periodcase .= ' WHEN x.month = ' . $key . ' THEN ' . ($period ? (int) $period->index : 0);
            $month = $next;
            $i++;
        }
        $monthcase .= ' ELSE 0 END';
        $periodcase .= ' ELSE 0 END';
        $params += ['from' => $from, 'to' => $to, 'guest' => (int) get_config('core', 'siteguest')];
        $table = '{' . self::ACTIVE_TABLE . '}';
        $this->db->execute("INSERT INTO $table (month, period, userid, orgid)
            SELECT x.month, $periodcase, x.userid, COALESCE(m.orgid, 0)
              FROM (SELECT DISTINCT $monthcase AS month, l.userid
                      FROM {" . self::LOG_TABLE . "} l
                     WHERE l.id > :from AND l.id <= :to
                       AND l.anonymous = 0 AND l.userid > 0 AND l.userid <> :guest AND l.realuserid IS NULL) x
         LEFT JOIN {local_digitalstrategy_member} m ON m.userid = x.userid
             WHERE NOT EXISTS (SELECT 1 FROM $table a WHERE a.month = x.month AND a.userid = x.userid)", $params);
    }

    /**
     * Midnight of the first day of the month of a time, in the site's time zone.
     *
     * @param int $time
     * @return int
     */
    private function month_start(int $time): int {
        $timezone = \core_date::get_server_timezone_object();
        $date = (new \DateTimeImmutable('@' . $time))->setTimezone($timezone);
        return (new \DateTimeImmutable($date->format('Y-m-01 00:00:00'), $timezone))->getTimestamp();
    }

    /**
     * The month of a time as YYYYMM, in the site's time zone.
     *
     * @param int $time
     * @return int
     */
    public static function month_key(int $time): int {
        return (int) (new \DateTimeImmutable('@' . $time))->setTimezone(\core_date::get_server_timezone_object())->format('Ym');
    }

    /**
     * Midnight of the first day of a month given as YYYYMM, in the site's time zone.
     *
     * @param int $month YYYYMM
     * @return int
     */
    public static function month_start_of(int $month): int {
        return (new \DateTimeImmutable(
            sprintf('%04d-%02d-01 00:00:00', intdiv($month, 100), $month % 100),
            \core_date::get_server_timezone_object()
        ))->getTimestamp();
    }

    /**
     * Creates the staging table of a batch.
     *
     * @return \xmldb_table
     */
    private function create_stage(): \xmldb_table {
        $table = new \xmldb_table(self::STAGE_TABLE);
        $table->add_field('id', XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, XMLDB_SEQUENCE);
        foreach (['period', 'userid', 'courseid', 'cmid', 'views', 'downloads', 'timefirst', 'timelast'] as $field) {
            $table->add_field($field, XMLDB_TYPE_INTEGER, '10', null, XMLDB_NOTNULL, null, '0');
        }
        $table->add_field('modname', XMLDB_TYPE_CHAR, '20', null, XMLDB_NOTNULL);
        $table->add_key('primary', XMLDB_KEY_PRIMARY, ['id']);
        $table->add_index('periodusercm', XMLDB_INDEX_UNIQUE, ['period', 'userid', 'cmid']);
        $manager = $this->db->get_manager();
        if ($manager->table_exists($table)) {
            $manager->drop_table($table);
        }
        $manager->create_temp_table($table);
        return $table;
    }
}
