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

namespace local_digitalstrategy\local\campaign;

use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;

/**
 * Reads the results of a campaign: per item the count of responses, counts and percentages per
 * answer, mean and spread of numeric answers, and the free-text answers.
 *
 * The number of queries does not grow with the number of responses or items: three per results
 * view, all aggregated in the database:
 * 1. the group sizes (responses per field of work × pilot) — the count of any filter and the k
 *    rule follow from it without a further query;
 * 2. counts per (item, value) of the choice and scale items (GROUP BY); mean and sample standard
 *    deviation of numeric items follow exactly from these counts (n = Σ count, Σx = Σ count·x,
 *    Σx² = Σ count·x², x being the level or rating value or the option's score — what
 *    respval.numvalue holds), so no further pass over the values is needed, and the arithmetic is
 *    the same on PostgreSQL, MySQL and MariaDB (no STDDEV function, which Moodle core avoids too);
 * 3. the free-text answers, at most TEXT_LIMIT per item with the count of all of them
 *    (ROW_NUMBER() and COUNT() OVER a window: PostgreSQL, MySQL 8 and MariaDB 10.6, the versions
 *    Moodle 4.5 requires, all have them).
 * Without a filter the values are read without joining the responses (campaignid is on the values).
 *
 * k rule: a group (the whole campaign or a filtered part of it) with fewer than k responses
 * (the peer threshold) is not shown at all: the summary says so and carries no item. In an
 * anonymous campaign no filter value whose group is smaller than k is offered either, nor one
 * whose view would let a smaller group be worked out by subtraction ({@see offered()}), and one
 * filter applies at a time.
 *
 * Stored values (local_digitalstrategy_respval.value): level or rating value, yes/no as 1/0 (yes/no
 * is read too), option keys comma-separated, free text; "?" for "don't know".
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_repository {
    /** @var string Submitted responses. */
    public const RESPONSE_TABLE = 'local_digitalstrategy_response';
    /** @var string Values of the responses. */
    public const VALUE_TABLE = 'local_digitalstrategy_respval';
    /** @var string Campaigns. */
    public const CAMPAIGN_TABLE = 'local_digitalstrategy_campaign';
    /** @var int Free-text answers listed per item on the page (the export has them all). */
    public const TEXT_LIMIT = 200;
    /** @var string How "don't know" is stored (as in drafts, draft_repository::DONTKNOW). */
    public const DONTKNOW = '?';
    /** @var int Characters of a choice value compared when grouping (option keys are at most 40). */
    private const VALUE_CHARS = 255;

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param instrument_repository $instruments
     * @param \local_digitalstrategy\local\settings $settings for k, the peer threshold
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
        /** @var \local_digitalstrategy\local\settings */
        private readonly \local_digitalstrategy\local\settings $settings,
    ) {
    }

    /**
     * The instrument version a campaign runs.
     *
     * @param campaign $campaign
     * @return instrument
     */
    public function instrument(campaign $campaign): instrument {
        return $this->instruments->get($campaign->instrumentid);
    }

    /**
     * The results of a campaign for a filter.
     *
     * @param campaign $campaign
     * @param results_filter $filter
     * @param string $lang language of item texts and option labels
     * @param int $textlimit free-text answers kept per item (0: none, -1: all)
     * @return results_summary
     */
    public function summary(
        campaign $campaign,
        results_filter $filter,
        string $lang,
        int $textlimit = self::TEXT_LIMIT
    ): results_summary {
        $k = $this->settings->peer_threshold();
        $groups = $this->group_sizes($campaign->id);
        $total = array_sum(array_column($groups, 'n'));
        $count = 0;
        $fields = [];
        $pilot = [];
        foreach ($groups as $group) {
            if ($filter->matches($group->fieldofwork, $group->pilot)) {
                $count += $group->n;
            }
            $fields[$group->fieldofwork] = ($fields[$group->fieldofwork] ?? 0) + $group->n;
            $pilot[$group->pilot] = ($pilot[$group->pilot] ?? 0) + $group->n;
        }
        $offered = true;
        if ($campaign->is_anonymous()) {
            $fields = self::offered($fields, $k);
            $pilot = self::offered($pilot, $k);
            // One filter at a time, and only a value on offer: two filters, or a value whose group
            // is hidden, could be subtracted from another view to show a group smaller than k.
            $offered = ($filter->fieldofwork === '' || isset($fields[$filter->fieldofwork]))
                && ($filter->pilot === null || isset($pilot[$filter->pilot]))
                && ($filter->fieldofwork === '' || $filter->pilot === null);
        }
        // Responses without a field of work count for the groups left out, but are no filter value.
        unset($fields['']);
        ksort($fields);
        ksort($pilot);
        $suppressed = $count < $k || !$offered;
        $items = $suppressed ? [] : $this->items($campaign, $filter, $lang, $textlimit);
        return new results_summary($campaign->id, $filter, $total, $count, $k, $suppressed, $items, $fields, $pilot);
    }

    /**
     * The values of one filter an anonymous campaign offers: each group of at least k responses,
     * as long as the groups left out add up to none or to at least k (else "all" minus the offered
     * groups would show the left-out ones; then the smallest offered groups are left out too).
     *
     * @param array<int|string, int> $sizes responses per value
     * @param int $k
     * @return array<int|string, int> the values on offer => responses
     */
    public static function offered(array $sizes, int $k): array {
        $offered = array_filter($sizes, fn(int $n) => $n >= $k);
        $hidden = array_sum($sizes) - array_sum($offered);
        asort($offered);
        while ($hidden > 0 && $hidden < $k && $offered) {
            $hidden += reset($offered);
            unset($offered[key($offered)]);
        }
        return array_intersect_key($sizes, $offered);
    }

    /**
     * Responses per field of work and pilot status (query 1).
     *
     * @param int $campaignid
     * @return \stdClass[] each with fieldofwork, pilot, n
     */
    private function group_sizes(int $campaignid): array {
        $records = $this->db->get_records_sql(
            'SELECT ' . $this->db->sql_concat('r.fieldofwork', "'|'", 'r.pilot') . ' AS groupkey,
                    r.fieldofwork, r.pilot, COUNT(1) AS n
               FROM {' . self::RESPONSE_TABLE . '} r
              WHERE r.campaignid = :campaignid
           GROUP BY r.fieldofwork, r.pilot',
            ['campaignid' => $campaignid]
        );
        $groups = [];
        foreach ($records as $record) {
            $groups[] = (object) ['fieldofwork' => (string) $record->fieldofwork, 'pilot' => (int) $record->pilot,
                'n' => (int) $record->n];
        }
        return $groups;
    }

    /**
     * The results per item (queries 2 to 4).
     *
     * @param campaign $campaign
     * @param results_filter $filter
     * @param string $lang
     * @param int $textlimit
     * @return results_item[] by item key
     */
    private function items(campaign $campaign, results_filter $filter, string $lang, int $textlimit): array {
        $instrument = $this->instrument($campaign);
        [$filtersql, $params] = $filter->sql();
        $params['campaignid'] = $campaign->id;
        // The response table is joined only to filter: campaignid is kept on the values for this.
        $from = '{' . self::VALUE_TABLE . '} v'
            . ($filtersql === '' ? '' : ' JOIN {' . self::RESPONSE_TABLE . '} r ON r.id = v.responseid')
            . ' WHERE v.campaignid = :campaignid' . $filtersql;

        // Query 2: counts per item and value of the choice and scale items.
        $counts = [];
        $choicekeys = array_keys(array_filter($instrument->get_items(), fn(array $item) => $item['type'] !== 'text'));
        if ($choicekeys) {
            $value = $this->db->sql_compare_text('v.value', self::VALUE_CHARS);
            [$insql, $inparams] = $this->db->get_in_or_equal($choicekeys, SQL_PARAMS_NAMED, 'choicekey');
            $records = $this->db->get_records_sql(
                'SELECT ' . $this->db->sql_concat('v.itemkey', "'|'", $value) . " AS countkey, v.itemkey, $value AS value,
                        COUNT(1) AS n
                   FROM $from AND v.itemkey $insql AND v.value IS NOT NULL
               GROUP BY v.itemkey, $value",
                $params + $inparams
            );
            foreach ($records as $record) {
                $counts[$record->itemkey][(string) $record->value] = (int) $record->n;
            }
        }

        // Query 3: the free-text answers (at most $textlimit per item, with the count of all of them).
        $texts = [];
        $textcounts = [];
        $textkeys = array_keys(array_filter($instrument->get_items(), fn(array $item) => $item['type'] === 'text'));
        if ($textkeys && $textlimit !== 0) {
            [$insql, $inparams] = $this->db->get_in_or_equal($textkeys, SQL_PARAMS_NAMED, 'textkey');
            $limit = $textlimit > 0 ? 'WHERE t.position <= ' . (int) $textlimit : '';
            $notempty = $this->db->sql_isnotempty(self::VALUE_TABLE, 'v.value', true, true);
            $records = $this->db->get_records_sql(
                "SELECT t.id, t.itemkey, t.value, t.answers
                   FROM (SELECT v.id, v.itemkey, v.value,
                                ROW_NUMBER() OVER (PARTITION BY v.itemkey ORDER BY v.id) AS position,
                                COUNT(1) OVER (PARTITION BY v.itemkey) AS answers
                           FROM $from AND v.itemkey $insql AND v.value IS NOT NULL AND $notempty) t
                  $limit
               ORDER BY t.itemkey, t.id",
                $params + $inparams
            );
            foreach ($records as $record) {
                $textcounts[$record->itemkey] = (int) $record->answers;
                $texts[$record->itemkey][] = (string) $record->value;
            }
        }

        $items = [];
        foreach ($instrument->get_items() as $key => $item) {
            $dimension = $instrument->get_dimension((string) $instrument->get_item_dimension($key));
            $items[$key] = self::item(
                $item,
                instrument::localise($item['text'], $lang),
                $dimension ? instrument::localise($dimension['name'], $lang) : '',
                $counts[$key] ?? [],
                $texts[$key] ?? [],
                $textcounts[$key] ?? 0,
                $lang
            );
        }
        return $items;
    }

    /**
     * Builds the results of one item from the aggregates.
     *
     * @param array $item the item as in the instrument
     * @param string $text the question in the reader's language
     * @param string $dimension the dimension's name
     * @param array<string, int> $counts responses per stored value
     * @param string[] $texts free-text answers kept
     * @param int $textcount all free-text answers
     * @param string $lang
     * @return results_item
     */
    public static function item(
        array $item,
        string $text,
        string $dimension,
        array $counts,
        array $texts,
        int $textcount,
        string $lang
    ): results_item {
        $type = $item['type'];
        if ($type === 'text') {
            return new results_item($item['key'], $type, $text, $dimension, $textcount, [], 0, null, null, $texts, $textcount);
        }
        $dontknow = $counts[self::DONTKNOW] ?? 0;
        unset($counts[self::DONTKNOW]);
        $choices = self::choices($item, $lang);
        $tally = array_fill_keys(array_keys($choices), 0);
        $answered = 0;
        foreach ($counts as $value => $n) {
            $value = (string) $value;
            if ($type === 'multiple') {
                foreach (explode(',', $value) as $option) {
                    if (isset($tally[trim($option)])) {
                        $tally[trim($option)] += $n;
                    }
                }
                $answered += $n;
                continue;
            }
            if ($type === 'yesno') {
                $value = in_array($value, ['1', 'yes'], true) ? 'yes' : (in_array($value, ['0', 'no'], true) ? 'no' : $value);
            } else if (in_array($type, ['rating', 'maturity'], true) && is_numeric($value)) {
                $value = (string) (int) $value;
            }
            if (isset($tally[$value])) {
                $tally[$value] += $n;
                $answered += $n;
            }
        }
        $options = [];
        foreach ($choices as $value => $label) {
            $options[] = [
                'value' => (string) $value,
                'label' => $label,
                'count' => $tally[$value],
                'percent' => $answered ? round(100 * $tally[$value] / $answered, 1) : 0.0,
            ];
        }
        // Mean and sample standard deviation of the numbers the answers stand for (respval.numvalue:
        // the level or rating value, or the option's score), from the counts: n = Σ count,
        // Σx = Σ count·x, Σx² = Σ count·x².
        $mean = null;
        $sd = null;
        $values = array_keys($choices);
        $numbers = match (true) {
            in_array($type, ['rating', 'maturity'], true) => array_map('floatval', array_combine($values, $values)),
            $type === 'single' && isset($item['options'][0]['score']) => array_column($item['options'], 'score', 'key'),
            default => [],
        };
        $n = 0;
        $sum = 0.0;
        $squares = 0.0;
        foreach ($numbers as $value => $number) {
            $n += $tally[$value];
            $sum += $tally[$value] * $number;
            $squares += $tally[$value] * $number * $number;
        }
        if ($n > 0) {
            $mean = $sum / $n;
            $sd = $n > 1 ? sqrt(max(0.0, ($squares - $sum * $sum / $n) / ($n - 1))) : null;
        }
        return new results_item($item['key'], $type, $text, $dimension, $answered, $options, $dontknow, $mean, $sd);
    }

    /**
     * The answers an item offers, value => label in the reader's language, in the item's order.
     *
     * @param array $item
     * @param string $lang
     * @return array<string, string>
     */
    public static function choices(array $item, string $lang): array {
        switch ($item['type']) {
            case 'yesno':
                return ['yes' => get_string('yes'), 'no' => get_string('no')];
            case 'single':
            case 'multiple':
                $choices = [];
                foreach ($item['options'] as $option) {
                    $choices[$option['key']] = instrument::localise($option['label'], $lang);
                }
                return $choices;
            case 'rating':
                $choices = [];
                foreach ([-2, -1, 0, 1, 2] as $i => $value) {
                    $label = isset($item['levels'][$i]['label'])
                        ? instrument::localise($item['levels'][$i]['label'], $lang)
                        : get_string('rating' . ($value < 0 ? 'm' . -$value : 'p' . $value), 'local_digitalstrategy');
                    $choices[(string) $value] = ($value > 0 ? '+' : '') . $value . ' ' . $label;
                }
                return $choices;
            case 'maturity':
                $choices = [];
                foreach ($item['levels'] as $level) {
                    $choices[(string) $level['value']] = $level['value'] . ' ' . instrument::localise($level['label'], $lang);
                }
                return $choices;
            default:
                return [];
        }
    }

    /**
     * The other campaigns of the same instrument (any version) a campaign can be compared with.
     *
     * @param campaign $campaign
     * @return array<int, string> campaign id => name, newest first
     */
    public function waves(campaign $campaign): array {
        $instrumenttable = instrument_repository::TABLE;
        return $this->db->get_records_sql_menu(
            "SELECT c.id, c.name
               FROM {" . self::CAMPAIGN_TABLE . "} c
               JOIN {{$instrumenttable}} i ON i.id = c.instrumentid
               JOIN {{$instrumenttable}} mine ON mine.idnumber = i.idnumber
              WHERE mine.id = :instrumentid AND c.id <> :campaignid AND c.status <> :draft
           ORDER BY c.timeopen DESC, c.id DESC",
            ['instrumentid' => $campaign->instrumentid, 'campaignid' => $campaign->id, 'draft' => 'draft']
        );
    }

    /**
     * Two waves of the same instrument side by side, for the same filter: the items both have (same
     * key), their means and percentages in each wave and the differences (B − A). The k rule applies
     * to each wave: a wave whose group is smaller than k shows nothing, and then there is no difference.
     *
     * @param campaign $a the earlier wave
     * @param campaign $b the later wave
     * @param results_filter $filter
     * @param string $lang
     * @return results_comparison
     */
    public function compare(campaign $a, campaign $b, results_filter $filter, string $lang): results_comparison {
        if ($this->instrument($a)->get_idnumber() !== $this->instrument($b)->get_idnumber()) {
            throw new \moodle_exception('results_notsameinstrument', 'local_digitalstrategy');
        }
        return new results_comparison($this->summary($a, $filter, $lang, 0), $this->summary($b, $filter, $lang, 0));
    }

    /**
     * The SUS score of a group, for a campaign of the SUS instrument (idnumber 'sus'): the mean
     * and spread of the per-response scores 0–100 ({@see sus_score}) and the grade of the mean.
     * One query (the ten SUS values of each response of the group).
     *
     * @param campaign $campaign
     * @param results_filter $filter
     * @return array{mean: float, sd: float|null, count: int, grade: string}|null null for other
     *     instruments and when no response has all ten answers
     */
    public function sus(campaign $campaign, results_filter $filter): ?array {
        if ($this->instrument($campaign)->get_idnumber() !== sus_score::INSTRUMENT) {
            return null;
        }
        [$filtersql, $params] = $filter->sql();
        [$insql, $inparams] = $this->db->get_in_or_equal(sus_score::ITEMS, SQL_PARAMS_NAMED, 'suskey');
        $records = $this->db->get_recordset_sql(
            'SELECT v.id, v.responseid, v.itemkey, v.numvalue
               FROM {' . self::VALUE_TABLE . '} v
               JOIN {' . self::RESPONSE_TABLE . '} r ON r.id = v.responseid
              WHERE v.campaignid = :campaignid AND v.itemkey ' . $insql . $filtersql,
            ['campaignid' => $campaign->id] + $inparams + $params
        );
        $responses = [];
        foreach ($records as $record) {
            $responses[$record->responseid][$record->itemkey] = $record->numvalue === null ? null : (float) $record->numvalue;
        }
        $records->close();
        $scores = array_values(array_filter(array_map([sus_score::class, 'from_values'], $responses), fn($s) => $s !== null));
        $n = count($scores);
        if (!$n) {
            return null;
        }
        $mean = array_sum($scores) / $n;
        $sd = null;
        if ($n > 1) {
            $sd = sqrt(array_sum(array_map(fn(float $s) => ($s - $mean) ** 2, $scores)) / ($n - 1));
        }
        $adjective = 'sus_adjective_' . sus_score::adjective($mean);
        $grade = sus_score::grade($mean);
        if (get_string_manager()->string_exists($adjective, 'local_digitalstrategy')) {
            $grade .= ' (' . get_string($adjective, 'local_digitalstrategy') . ')';
        }
        return ['mean' => $mean, 'sd' => $sd, 'count' => $n, 'grade' => $grade];
    }
}
