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

/**
 * Campaigns as stored, their open/closed rule, link tokens and the organisation's contact columns.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\campaign
 * @covers     \local_digitalstrategy\local\campaign\campaign_repository
 * @covers     \local_digitalstrategy\local\campaign\campaign_token
 */
#[\PHPUnit\Framework\Attributes\CoversClass(campaign::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(campaign_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(campaign_token::class)]
final class campaign_repository_test extends \advanced_testcase {
    public function test_a_new_campaign_gets_defaults_and_loads_back(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $instrumentid = $generator->get_instrument_id('mitgliederbefragung');

        $campaign = \core\di::get(campaign_repository::class)->insert((object) ['instrumentid' => $instrumentid,
            'name' => 'Welle 1 & "Start"', 'kind' => 'survey', 'target' => 'pilot'], 2);

        $loaded = \core\di::get(campaign_repository::class)->get($campaign->id);
        $this->assertSame('Welle 1 & "Start"', $loaded->name);
        $this->assertSame('draft', $loaded->status);
        $this->assertTrue($loaded->is_anonymous());
        $this->assertTrue($loaded->per_organisation());
        $this->assertSame(30, $loaded->participationtarget);
        $this->assertSame(\context_system::instance()->id, $loaded->get_context()->id);
        $this->assertSame(2, $loaded->usermodified);
        $this->assertFalse($loaded->is_open(time()));
    }

    public function test_open_only_between_the_dates_and_while_the_status_is_open(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $campaign = $generator->create_campaign(['timeopen' => 1000, 'timeclose' => 2000]);

        $this->assertFalse($campaign->is_open(999));
        $this->assertTrue($campaign->is_open(1000));
        $this->assertTrue($campaign->is_open(1999));
        $this->assertFalse($campaign->is_open(2000));
        $this->assertTrue($campaign->is_closed(2000));

        $closed = \core\di::get(campaign_repository::class)->update_status($campaign->id, 'closed', 2);
        $this->assertFalse($closed->is_open(1500));
        $this->assertTrue($closed->is_closed(1500));

        $this->expectException(\coding_exception::class);
        \core\di::get(campaign_repository::class)->update_status($campaign->id, 'finished', 2);
    }

    public function test_an_unknown_campaign_is_missing(): void {
        $this->resetAfterTest();
        $this->assertNull(\core\di::get(campaign_repository::class)->find(424242));
        $this->expectException(\dml_missing_record_exception::class);
        \core\di::get(campaign_repository::class)->get(424242);
    }

    public function test_tokens_are_unguessable_and_only_their_hash_is_stored(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $tokens = new campaign_token();
        $a = $tokens->generate();
        $b = $tokens->generate();
        $this->assertNotSame($a, $b);
        $this->assertTrue($tokens->is_well_formed($a));
        $this->assertFalse($tokens->is_well_formed($a . '!'));
        $this->assertFalse($tokens->is_well_formed(''));
        $this->assertSame(64, strlen($tokens->hash($a)));

        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        [$invite, $token] = $generator->create_invite($generator->create_campaign());
        global $DB;
        $stored = $DB->get_record('local_digitalstrategy_invite', ['id' => $invite->id]);
        $this->assertSame($tokens->hash($token), $stored->tokenhash);
        $this->assertStringNotContainsString($token, json_encode($stored));
    }

    public function test_responses_keep_numeric_values_for_aggregation(): void {
        global $DB;
        $this->resetAfterTest();
        $this->setAdminUser();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $campaign = $generator->create_campaign();
        $instrument = \core\di::get(\local_digitalstrategy\local\questionnaire\instrument_repository::class)
            ->get($campaign->instrumentid);
        $values = [];
        foreach ($instrument->get_items() as $item) {
            $values[$item['key']] = match ($item['type']) {
                'rating' => '1',
                'yesno' => '1',
                'text' => 'Mehr Schulungen & "Zeit"',
                default => null,
            };
        }

        $responseid = $generator->create_response($campaign, $values);

        $rows = $DB->get_records('local_digitalstrategy_respval', ['responseid' => $responseid]);
        $this->assertCount(count($values), $rows);
        foreach ($rows as $row) {
            $type = $instrument->get_item($row->itemkey)['type'];
            $this->assertSame((int) $campaign->id, (int) $row->campaignid);
            if (in_array($type, ['rating', 'yesno'], true)) {
                $this->assertEqualsWithDelta(1.0, (float) $row->numvalue, 0.001);
            } else if ($type === 'text') {
                $this->assertNull($row->numvalue);
            }
        }
        $response = $DB->get_record('local_digitalstrategy_response', ['id' => $responseid]);
        $this->assertSame('0', (string) $response->timesubmitted);
    }

    public function test_organisations_keep_their_contact_address_and_region_when_a_form_leaves_them_out(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(\local_digitalstrategy\local\organisation_repository::class);
        $organisation = $repository->create((object) ['name' => 'Kita Regenbogen', 'contactemail' => ' info@kita.example ',
            'region' => 'Rheinland'], 2);
        $this->assertSame('info@kita.example', $organisation->get_contactemail());
        $this->assertSame('Rheinland', $organisation->get_region());

        $updated = $repository->update($organisation, (object) ['name' => 'Kita Regenbogen e.V.'], 2);
        $this->assertSame('info@kita.example', $updated->get_contactemail());
        $this->assertSame('Rheinland', $updated->get_region());

        $this->assertSame(
            ['contactemail' => 'error_contactemail'],
            $repository->validate((object) ['name' => 'X', 'contactemail' => 'kein-at-zeichen'])
        );
    }
}
