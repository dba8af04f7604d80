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
 * The project team's campaign rules: what a valid campaign is, who is invited per target group,
 * opening, closing, revoking, declining and the one manual reminder round.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\campaign_service
 * @covers     \local_digitalstrategy\local\campaign\invite_target_repository
 * @covers     \local_digitalstrategy\local\campaign\invite_repository
 */
#[\PHPUnit\Framework\Attributes\CoversClass(campaign_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(invite_target_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(invite_repository::class)]
final class campaign_service_test extends \advanced_testcase {
    /**
     * The plugin's data generator.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        return $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * Valid campaign data for the member survey.
     *
     * @param array $overrides
     * @return \stdClass
     */
    private function data(array $overrides = []): \stdClass {
        return (object) ($overrides + [
            'name' => 'Mitgliederbefragung & "Kinder < 6 Jahre" 🙂',
            'instrumentid' => $this->generator()->get_instrument_id('mitgliederbefragung'),
            'target' => 'all',
            'targetid' => 0,
            'respondent' => 'organisation',
            'anonymous' => 1,
            'timeopen' => 0,
            'timeclose' => time() + WEEKSECS,
            'participationtarget' => 30,
            'resultsvisible' => 1,
        ]);
    }

    public function test_valid_data_passes_and_each_broken_rule_names_its_field(): void {
        $this->resetAfterTest();
        $service = \core\di::get(campaign_service::class);
        $this->assertSame([], $service->validate($this->data()));

        $checkid = $this->generator()->get_check_id();
        $this->assertSame(['name' => 'campaign_error_name'], $service->validate($this->data(['name' => '  '])));
        $this->assertSame(
            ['instrumentid' => 'campaign_error_instrument'],
            $service->validate($this->data(['instrumentid' => $checkid]))
        );
        $this->assertSame(['target' => 'campaign_error_target'], $service->validate($this->data(['target' => 'event'])));
        $this->assertSame(
            ['targetid' => 'campaign_error_cohort'],
            $service->validate($this->data(['target' => 'cohort', 'targetid' => 999999]))
        );
        $this->assertSame(
            ['targetid' => 'campaign_error_course'],
            $service->validate($this->data(['target' => 'course', 'targetid' => SITEID]))
        );
        $this->assertSame(
            ['respondent' => 'campaign_error_respondent'],
            $service->validate($this->data(['respondent' => 'everyone']))
        );
        $this->assertSame(
            ['timeclose' => 'campaign_error_dates'],
            $service->validate($this->data(['timeopen' => time() + 2 * WEEKSECS]))
        );
        $this->assertSame(
            ['timeclose' => 'campaign_error_closepast'],
            $service->validate($this->data(['timeclose' => time() - 10]))
        );
        foreach (['0', '101', 'abc', '12.5', ''] as $percent) {
            $this->assertSame(
                ['participationtarget' => 'campaign_error_participationtarget'],
                $service->validate($this->data(['participationtarget' => $percent])),
                "target '$percent'"
            );
        }
    }

    public function test_a_created_campaign_is_a_draft_of_the_instruments_kind_and_is_logged(): void {
        $this->resetAfterTest();
        $sink = $this->redirectEvents();
        $campaign = \core\di::get(campaign_service::class)->create($this->data(), 5);
        $this->assertSame('draft', $campaign->status);
        $this->assertSame('survey', $campaign->kind);
        $this->assertSame('Mitgliederbefragung & "Kinder < 6 Jahre" 🙂', $campaign->name);
        $events = array_filter($sink->get_events(), fn($e) => $e instanceof \local_digitalstrategy\event\campaign_created);
        $this->assertCount(1, $events);
        $this->assertSame($campaign->id, (int) reset($events)->objectid);

        $this->expectException(\invalid_parameter_exception::class);
        \core\di::get(campaign_service::class)->create($this->data(['name' => '']), 5);
    }

    public function test_a_draft_changes_in_everything_an_opened_campaign_keeps_what_it_asks_and_whom(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $service = \core\di::get(campaign_service::class);
        $sink = $this->redirectEvents();
        $draft = $service->create($this->data(), 5);

        $pilot = $service->update($draft, $this->data(['name' => 'Welle 2 & "neu"', 'target' => 'pilot',
            'respondent' => 'person', 'anonymous' => 0, 'participationtarget' => 40]), 6);
        $this->assertSame(['Welle 2 & "neu"', 'pilot', 'person', false], [$pilot->name, $pilot->target,
            $pilot->respondent, $pilot->anonymous]);
        $this->assertSame([40, 6], [$pilot->participationtarget, $pilot->usermodified]);
        $updated = array_filter($sink->get_events(), fn($e) => $e instanceof \local_digitalstrategy\event\campaign_updated);
        $this->assertCount(1, $updated);

        $service->open($pilot, 5);
        $open = \core\di::get(campaign_repository::class)->get($pilot->id);
        $later = time() + 3 * WEEKSECS;
        $changed = $service->update($open, $this->data(['name' => 'Welle 2 (verlängert)', 'timeclose' => $later,
            'target' => 'all', 'respondent' => 'organisation', 'anonymous' => 1, 'participationtarget' => 35,
            'resultsvisible' => 0]), 5);
        // The close date, name, target share and sharing change; what was asked and whom does not.
        $this->assertSame(['Welle 2 (verlängert)', $later, 35, false], [$changed->name, $changed->timeclose,
            $changed->participationtarget, $changed->resultsvisible]);
        $this->assertSame(['pilot', 'person', false, 'open'], [$changed->target, $changed->respondent,
            $changed->anonymous, $changed->status]);

        try {
            $service->update($changed, $this->data(['timeclose' => time() - 60]), 5);
            $this->fail('a new close date in the past is refused');
        } catch (\invalid_parameter_exception $e) {
            $this->assertStringContainsString('campaign_error_closepast', $e->getMessage());
        }
    }

    public function test_feedback_campaigns_are_not_edited_on_the_campaign_form(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $feedback = $this->generator()->create_campaign(['instrument' => 'veranstaltungsfeedback', 'target' => 'event']);
        $service = \core\di::get(campaign_service::class);
        $this->assertFalse($service->is_editable($feedback));
        $this->expectException(\invalid_parameter_exception::class);
        $service->update($feedback, $this->data(), 5);
    }

    public function test_opening_invites_every_active_organisation_once_with_its_contact_address(): void {
        global $DB;
        $this->resetAfterTest();
        $g = $this->generator();
        $a = $g->create_organisation(['name' => 'A', 'contactemail' => 'a@example.org', 'fieldofwork' => 'care']);
        $b = $g->create_organisation(['name' => 'B']);
        $archived = $g->create_organisation(['name' => 'C', 'contactemail' => 'c@example.org']);
        \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->set_archived($archived, true, 2);
        $service = \core\di::get(campaign_service::class);
        $campaign = $service->create($this->data(), 2);

        $sink = $this->redirectEvents();
        $this->assertSame(2, $service->open($campaign, 2));
        $invites = $DB->get_records('local_digitalstrategy_invite', ['campaignid' => $campaign->id], 'orgid');
        $this->assertEqualsCanonicalizing([$a->get_id(), $b->get_id()], array_map(fn($i) => (int) $i->orgid, $invites));
        $byorg = array_column(array_values($invites), null, 'orgid');
        $this->assertSame('a@example.org', $byorg[$a->get_id()]->email);
        $this->assertSame('', $byorg[$b->get_id()]->email, 'without an address its members answer logged in');
        foreach ($invites as $invite) {
            $this->assertSame('pending', $invite->status);
            $this->assertSame('', $invite->tokenhash);
        }
        $this->assertSame('open', \core\di::get(campaign_repository::class)->get($campaign->id)->status);
        $opened = array_filter($sink->get_events(), fn($e) => $e instanceof \local_digitalstrategy\event\campaign_opened);
        $this->assertCount(1, $opened);
        $tasks = \core\task\manager::get_adhoc_tasks(\local_digitalstrategy\task\send_invitations::class);
        $this->assertCount(1, $tasks);

        // Opening again (after a close) adds only organisations that are new.
        $service->close(\core\di::get(campaign_repository::class)->get($campaign->id), 2);
        $g->create_organisation(['name' => 'D']);
        $this->assertSame(1, $service->open(\core\di::get(campaign_repository::class)->get($campaign->id), 2));
    }

    public function test_pilot_cohort_and_course_targets_invite_the_right_organisations_or_persons(): void {
        global $DB;
        $this->resetAfterTest();
        $g = $this->generator();
        $pilot = $g->create_organisation(['name' => 'Pilot', 'pilot' => 1, 'contactemail' => 'p@example.org']);
        $other = $g->create_organisation(['name' => 'Other']);
        $u1 = $this->getDataGenerator()->create_user(['email' => 'u1@example.org']);
        $u2 = $this->getDataGenerator()->create_user(['email' => 'u2@example.org']);
        $g->add_member($pilot, $u1->id);
        $g->add_member($other, $u2->id);
        $cohort = $this->getDataGenerator()->create_cohort();
        cohort_add_member($cohort->id, $u2->id);
        $course = $this->getDataGenerator()->create_course();
        $this->getDataGenerator()->enrol_user($u1->id, $course->id);
        $service = \core\di::get(campaign_service::class);
        $orgs = function (array $data) use ($service, $DB): array {
            $campaign = $service->create($this->data($data), 2);
            $service->open($campaign, 2);
            $invites = $DB->get_records('local_digitalstrategy_invite', ['campaignid' => $campaign->id], 'id');
            return array_map(fn($i) => [(int) $i->orgid, (int) $i->userid, $i->email], array_values($invites));
        };

        $this->assertSame([[$pilot->get_id(), 0, 'p@example.org']], $orgs(['target' => 'pilot']));
        $this->assertSame([[$other->get_id(), 0, '']], $orgs(['target' => 'cohort', 'targetid' => $cohort->id]));
        $this->assertSame([[$pilot->get_id(), 0, 'p@example.org']], $orgs(['target' => 'course', 'targetid' => $course->id]));
        $this->assertSame(
            [[$other->get_id(), (int) $u2->id, 'u2@example.org']],
            $orgs(['target' => 'cohort', 'targetid' => $cohort->id, 'respondent' => 'person'])
        );
        $this->assertSame(
            [[$pilot->get_id(), (int) $u1->id, 'u1@example.org']],
            $orgs(['target' => 'course', 'targetid' => $course->id, 'respondent' => 'person'])
        );
    }

    public function test_revoked_invitations_lose_their_token_declined_ones_keep_it_and_both_are_logged(): void {
        global $DB;
        $this->resetAfterTest();
        $g = $this->generator();
        $campaign = $g->create_campaign();
        [$one] = $g->create_invite($campaign, ['email' => 'one@example.org']);
        [$two, $token] = $g->create_invite($campaign, ['email' => 'two@example.org']);
        [$three, $answered] = $g->create_invite($campaign, ['email' => 'three@example.org', 'responded' => 1]);
        $service = \core\di::get(campaign_service::class);

        $service->revoke($campaign, (int) $one->id, 7);
        $revoked = $DB->get_record('local_digitalstrategy_invite', ['id' => $one->id]);
        $this->assertSame('revoked', $revoked->status);
        $this->assertSame('', $revoked->tokenhash);

        $this->assertSame('declined', $service->decline($token));
        $this->assertSame('declined', $DB->get_field('local_digitalstrategy_invite', 'status', ['id' => $two->id]));
        $this->assertSame('already', $service->decline($token), 'declining twice changes nothing');
        $this->assertNotNull(\core\di::get(invite_repository::class)->get_by_token($token), 'who declined may still answer');
        $this->assertSame('invalid', $service->decline('forged-' . str_repeat('x', 36)));
        $this->assertSame('responded', $service->decline($answered));

        $log = $DB->get_records('local_digitalstrategy_invlog', ['campaignid' => $campaign->id], 'id');
        $this->assertSame(
            [['revoke', 'done', '7'], ['decline', 'done', '0']],
            array_map(fn($l) => [$l->action, $l->status, (string) $l->userid], array_values($log))
        );

        $othercampaign = $g->create_campaign();
        $this->expectException(\moodle_exception::class);
        $service->revoke($othercampaign, (int) $three->id, 7);
    }

    public function test_the_manual_reminder_round_can_be_sent_once_and_only_while_open(): void {
        $this->resetAfterTest();
        $g = $this->generator();
        $service = \core\di::get(campaign_service::class);
        $draft = $g->create_campaign(['status' => 'draft']);
        $this->assertFalse($service->manual_reminder_round($draft, 2));
        $campaign = $g->create_campaign();
        $this->assertTrue($service->manual_reminder_round($campaign, 2));
        $this->assertFalse($service->manual_reminder_round($campaign, 2));
        $this->assertTrue(\core\di::get(invite_repository::class)->manual_round_sent($campaign->id));
        $tasks = \core\task\manager::get_adhoc_tasks(\local_digitalstrategy\task\send_invitations::class);
        $this->assertSame(2, (int) reset($tasks)->get_custom_data()->manualby);
    }

    public function test_dates_open_due_drafts_and_close_expired_campaigns(): void {
        $this->resetAfterTest();
        $g = $this->generator();
        $due = $g->create_campaign(['status' => 'draft', 'timeopen' => time() - 60, 'timeclose' => time() + DAYSECS]);
        $later = $g->create_campaign(['status' => 'draft', 'timeopen' => time() + DAYSECS]);
        $expired = $g->create_campaign(['status' => 'open', 'timeopen' => time() - WEEKSECS, 'timeclose' => time() - 60]);
        $this->assertSame(['opened' => 1, 'closed' => 1], \core\di::get(campaign_service::class)->apply_dates());
        $campaigns = \core\di::get(campaign_repository::class);
        $this->assertSame('open', $campaigns->get($due->id)->status);
        $this->assertSame('draft', $campaigns->get($later->id)->status);
        $this->assertSame('closed', $campaigns->get($expired->id)->status);
    }
}
