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

namespace local_digitalstrategy\local\controlling\source;

use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\source_registry;

/**
 * The automatic sources the default catalogue names exist, answer for every half-year asked and
 * have a name in both languages.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\source_periods
 */
#[\PHPUnit\Framework\Attributes\CoversClass(source_periods::class)]
final class source_catalogue_test extends \advanced_testcase {
    /** @var string[] the automatic sources of the platform's own records */
    private const KEYS = ['check_runs', 'event_participants', 'expertforum_members', 'feedback_mean', 'orgs_acquired',
        'orgs_in_circles', 'strategies_adopted', 'survey_participation', 'surveys_run', 'sus_score'];

    public function test_every_source_of_the_default_catalogue_is_found_and_answers_for_every_half_year(): void {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);
        $this->mock_clock_with_frozen($programme->period(4)->start);
        $registry = \core\di::get(source_registry::class);
        $this->assertEmpty(array_diff(self::KEYS, $registry->keys()));

        $used = [];
        foreach (\core\di::get(indicator_repository::class)->all() as $indicator) {
            if (!in_array($indicator->source, self::KEYS, true)) {
                continue;
            }
            $used[$indicator->source] = true;
            $source = $registry->get($indicator->source);
            $this->assertSame($indicator->source, $source->key());
            $values = $source->values($indicator, $programme->periods());
            $this->assertSame([1, 2, 3, 4, 5, 6], array_keys($values), $indicator->idnumber);
            $this->assertSame([null, null], array_slice($values, 4), $indicator->idnumber . ': nothing in the future');
            $this->assertSame([], $source->values($indicator, []));
            $drilldown = $source->drilldown($indicator, $programme->period(1));
            $this->assertNotEmpty($drilldown->headers);
            $this->assertSame([], $drilldown->rows);
        }
        $this->assertEqualsCanonicalizing(self::KEYS, array_keys($used));

        $strings = get_string_manager();
        foreach (self::KEYS as $key) {
            foreach (['en', 'de'] as $lang) {
                $this->assertTrue($strings->string_exists('source_' . $key, 'local_digitalstrategy'));
                $this->assertNotSame('', $strings->get_string('source_' . $key, 'local_digitalstrategy', null, $lang));
            }
        }
    }

    public function test_a_moment_on_a_boundary_belongs_to_the_later_half_year(): void {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 2, 2);
        [$first, $second] = array_values($programme->periods());
        $db = \core\di::get(\moodle_database::class);
        $moments = [[$first->start, 1], [$second->start - 1, 1], [$second->start, 2], [$second->end, 0], [$first->start - 1, 0]];
        foreach ($moments as [$time, $expected]) {
            [$sql, $params] = \local_digitalstrategy\local\controlling\programme::case_sql([$first, $second], (string) $time, 'x');
            $this->assertSame($expected, (int) $db->get_field_sql("SELECT $sql", $params), "moment $time");
        }
        $this->assertSame([$first->start, $second->end], source_periods::span([$second, $first]));
    }
}
