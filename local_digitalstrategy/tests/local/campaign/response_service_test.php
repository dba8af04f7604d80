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

use local_digitalstrategy\local\questionnaire\invalid_answer;
use local_digitalstrategy\local\questionnaire\save_result;

/**
 * Answering a campaign: token rules, drafts, submitting once, anonymity and rate limits.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\respond_access
 * @covers     \local_digitalstrategy\local\campaign\response_service
 * @covers     \local_digitalstrategy\local\campaign\draft_repository
 * @covers     \local_digitalstrategy\local\campaign\respond_rate_limiter
 */
#[\PHPUnit\Framework\Attributes\CoversClass(respond_access::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(response_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(draft_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(respond_rate_limiter::class)]
final class response_service_test extends \advanced_testcase {
    /** @var string The client address of the tests. */
    private const IP = '192.0.2.10';

    /**
     * The plugin's generator.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        return $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * A respondent by link of a new campaign of the shipped member survey, with its invite.
     *
     * @param array $campaign campaign fields
     * @param array $invite invite fields
     * @return array{0: campaign, 1: \stdClass, 2: string} campaign, invite, token
     */
    private function invited(array $campaign = [], array $invite = []): array {
        $this->resetAfterTest();
        $c = $this->generator()->create_campaign($campaign);
        if (!isset($invite['orgid']) && $c->per_organisation()) {
            $invite['orgid'] = $this->generator()->create_organisation(['fieldofwork' => 'care', 'pilot' => 1])->get_id();
        }
        [$record, $token] = $this->generator()->create_invite($c, $invite + ['email' => 'kontakt@example.org']);
        return [$c, $record, $token];
    }

    /**
     * The access service.
     *
     * @return respond_access
     */
    private function access(): respond_access {
        return \core\di::get(respond_access::class);
    }

    /**
     * The response service.
     *
     * @return response_service
     */
    private function service(): response_service {
        return \core\di::get(response_service::class);
    }

    /**
     * Asserts that opening a link is refused for a reason.
     *
     * @param string $reason
     * @param callable $open
     */
    private function assert_refused(string $reason, callable $open): void {
        try {
            $open();
            $this->fail("Expected the refusal '$reason'");
        } catch (respond_exception $e) {
            $this->assertSame($reason, $e->reason);
            $this->assertSame(respond_exception::REASONS[$reason], $e->http_status());
            $this->assertSame(get_string('respond_error_' . $reason, 'local_digitalstrategy'), $e->getMessage());
        }
    }

    /**
     * Answers every required item of the member survey.
     *
     * @param respondent $respondent
     */
    private function answer_required(respondent $respondent): void {
        $this->service()->save($respondent, 'field', 'daycare,care_home', false, 0);
        $this->service()->save($respondent, 'size', 'upto_100', false, 0);
    }

    public function test_a_valid_link_opens_its_campaign_without_login(): void {
        [$campaign, $invite, $token] = $this->invited();
        $this->setUser(0);

        $respondent = $this->access()->by_token($token, self::IP);

        $this->assertSame($campaign->id, $respondent->campaign->id);
        $this->assertSame((int) $invite->id, $respondent->inviteid);
        $this->assertSame(0, $respondent->userid);
        $this->assertTrue($respondent->by_link());
    }

    public function test_forged_links_and_links_of_another_campaign_are_unknown(): void {
        [$campaign, , $token] = $this->invited();
        $other = $this->generator()->create_campaign(['name' => 'Zweite Welle']);

        $this->assert_refused('unknowntoken', fn() => $this->access()->by_token(str_repeat('A', 43), self::IP));
        $this->assert_refused('unknowntoken', fn() => $this->access()->by_token('kurz', self::IP));
        $this->assert_refused('unknowntoken', fn() => $this->access()->by_token($token . 'x', self::IP));
        // The token is valid for its own campaign only.
        $this->assert_refused('unknowntoken', fn() => $this->access()->by_token($token, self::IP, $other->id));
        $this->assertSame($campaign->id, $this->access()->by_token($token, self::IP, $campaign->id)->campaign->id);
    }

    public function test_a_revoked_invite_is_refused_and_a_declined_one_may_still_answer(): void {
        [$campaign, , $revoked] = $this->invited([], ['status' => 'revoked']);
        [$invite, $declined] = $this->generator()->create_invite($campaign, ['status' => 'declined']);

        $this->assert_refused('revoked', fn() => $this->access()->by_token($revoked, self::IP));
        // Declining stops the reminders; the link still opens the survey for a change of mind.
        $this->assertSame((int) $invite->id, $this->access()->by_token($declined, self::IP)->inviteid);
    }

    public function test_a_closed_or_expired_campaign_is_refused_and_a_draft_one_is_not_open(): void {
        [, , $closed] = $this->invited(['status' => 'closed']);
        $expired = $this->generator()->create_campaign(['timeclose' => time() - 60]);
        [, $expiredtoken] = $this->generator()->create_invite($expired);
        $draft = $this->generator()->create_campaign(['status' => 'draft']);
        [, $drafttoken] = $this->generator()->create_invite($draft);

        $this->assert_refused('closed', fn() => $this->access()->by_token($closed, self::IP));
        $this->assert_refused('closed', fn() => $this->access()->by_token($expiredtoken, self::IP));
        $this->assert_refused('notopen', fn() => $this->access()->by_token($drafttoken, self::IP));
    }

    public function test_answers_are_kept_as_drafts_with_versions_and_come_back(): void {
        [, $invite, $token] = $this->invited();
        $respondent = $this->access()->by_token($token, self::IP);

        $first = $this->service()->save($respondent, 'size', 'upto_20', false, 0);
        $second = $this->service()->save($respondent, 'size', 'upto_100', false, 1);
        $unchanged = $this->service()->save($respondent, 'size', 'upto_100', false, 1);
        $this->service()->save($respondent, 'satisfaction', '', true, 0);

        $this->assertSame([save_result::SAVED, 1], [$first->status, $first->answer->version]);
        $this->assertSame([save_result::SAVED, 2], [$second->status, $second->answer->version]);
        $this->assertSame(save_result::UNCHANGED, $unchanged->status);
        // A reload reads them back, "don't know" included.
        $answers = $this->service()->answers($this->access()->by_token($token, self::IP));
        $this->assertSame('upto_100', $answers['size']->value);
        $this->assertTrue($answers['satisfaction']->dontknow);
        $this->assertSame(2, $answers['size']->version);
        $this->assertSame(0, $answers['size']->userid, 'answers by link are saved without a user');
        $this->assertSame(2, \core\di::get(\moodle_database::class)->count_records('local_digitalstrategy_draft', [
            'inviteid' => $invite->id,
        ]));
    }

    public function test_an_answer_saved_meanwhile_in_another_tab_is_a_conflict(): void {
        [, , $token] = $this->invited();
        $tab1 = $this->access()->by_token($token, self::IP);
        $tab2 = $this->access()->by_token($token, self::IP);
        $this->service()->save($tab1, 'size', 'upto_20', false, 0);

        $conflict = $this->service()->save($tab2, 'size', 'over_500', false, 0);

        $this->assertSame(save_result::CONFLICT, $conflict->status);
        $this->assertSame('upto_20', $conflict->answer->value);
        $this->assertSame('upto_20', $this->service()->answers($tab1)['size']->value);
    }

    /**
     * Values the item does not allow.
     *
     * @return array<string, array{string, string, string}>
     */
    public static function bad_value_provider(): array {
        return [
            'a rating above +2' => ['satisfaction', '3', 'outofrange'],
            'a rating below -2' => ['satisfaction', '-7', 'outofrange'],
            'a rating that is no number' => ['satisfaction', 'gut', 'outofrange'],
            'an unknown option' => ['size', 'huge', 'unknownoption'],
            'yes/no with another word' => ['pilot_interest', 'vielleicht', 'notyesno'],
            'an unknown item' => ['nosuchitem', '1', 'unknownitem'],
        ];
    }

    /**
     * Out-of-range values are refused and keep what was saved.
     *
     * @dataProvider bad_value_provider
     * @param string $item
     * @param string $value
     * @param string $error
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('bad_value_provider')]
    public function test_out_of_range_values_are_refused_and_the_saved_answer_stays(
        string $item,
        string $value,
        string $error
    ): void {
        [, , $token] = $this->invited();
        $respondent = $this->access()->by_token($token, self::IP);
        $this->service()->save($respondent, 'satisfaction', '1', false, 0);
        try {
            $this->service()->save($respondent, $item, $value, false, $item === 'satisfaction' ? 1 : 0);
            $this->fail('Expected invalid_answer');
        } catch (invalid_answer $e) {
            $this->assertSame($error, $e->errorcode);
        }
        $this->assertSame('1', $this->service()->answers($respondent)['satisfaction']->value);
    }

    public function test_a_text_of_100_kb_is_refused_and_the_other_answers_are_kept(): void {
        [, , $token] = $this->invited();
        $respondent = $this->access()->by_token($token, self::IP);
        $this->service()->save($respondent, 'wishes', 'Mehr Webinare & "Praxis" < 2 Std. 🌻', false, 0);
        $this->service()->save($respondent, 'size', 'upto_20', false, 0);

        try {
            $this->service()->save($respondent, 'wishes', str_repeat('ä', 51200), false, 1);
            $this->fail('Expected invalid_answer');
        } catch (invalid_answer $e) {
            $this->assertSame('texttoolong', $e->errorcode);
        }

        $answers = $this->service()->answers($respondent);
        $this->assertSame('Mehr Webinare & "Praxis" < 2 Std. 🌻', $answers['wishes']->value);
        $this->assertSame('upto_20', $answers['size']->value);
    }

    public function test_submitting_needs_every_required_answer(): void {
        [, , $token] = $this->invited();
        $respondent = $this->access()->by_token($token, self::IP);
        $this->service()->save($respondent, 'size', 'upto_100', false, 0);

        [$submitted, $completeness] = $this->service()->submit($respondent);

        $this->assertFalse($submitted);
        $this->assertSame(['field'], $completeness->requiredmissing);
        $this->assertCount(1, $this->service()->answers($respondent), 'the draft stays');
    }

    public function test_submitting_stores_the_response_marks_the_invite_and_deletes_the_draft(): void {
        global $DB;
        [$campaign, $invite, $token] = $this->invited(['anonymous' => 0]);
        $respondent = $this->access()->by_token($token, self::IP);
        $this->answer_required($respondent);
        $this->service()->save($respondent, 'satisfaction', '2', false, 0);
        $this->service()->save($respondent, 'pilot_interest', 'yes', false, 0);
        $this->service()->save($respondent, 'wishes', 'Mehr Praxis', false, 0);
        $sink = $this->redirectEvents();

        [$submitted] = $this->service()->submit($respondent);

        $this->assertTrue($submitted);
        $response = $DB->get_record('local_digitalstrategy_response', ['campaignid' => $campaign->id], '*', MUST_EXIST);
        $this->assertEquals($invite->orgid, $response->orgid, 'identified per-organisation campaigns keep the organisation');
        $this->assertSame('care', $response->fieldofwork);
        $this->assertEquals(1, $response->pilot);
        $this->assertGreaterThan(0, (int) $response->timesubmitted);
        $where = ['responseid' => $response->id];
        $values = $DB->get_records_menu('local_digitalstrategy_respval', $where, 'itemkey', 'itemkey, value');
        $this->assertSame(['field' => 'care_home,daycare', 'pilot_interest' => '1', 'satisfaction' => '2',
            'size' => 'upto_100', 'wishes' => 'Mehr Praxis'], $values);
        $numbers = $DB->get_records_menu('local_digitalstrategy_respval', $where, 'itemkey', 'itemkey, numvalue');
        $this->assertEquals(2, $numbers['satisfaction']);
        $this->assertEquals(1, $numbers['pilot_interest']);
        $this->assertNull($numbers['wishes']);
        $invite = $DB->get_record('local_digitalstrategy_invite', ['id' => $invite->id]);
        $this->assertEquals(1, $invite->responded);
        $this->assertGreaterThan(0, (int) $invite->timeresponded);
        $this->assertSame(0, $DB->count_records('local_digitalstrategy_draft', ['inviteid' => $invite->id]));
        $events = array_values(array_filter(
            $sink->get_events(),
            fn($e) => $e instanceof \local_digitalstrategy\event\campaign_answered
        ));
        $this->assertCount(1, $events);
        $this->assertEquals($campaign->id, $events[0]->objectid);
    }

    public function test_a_link_cannot_be_used_again_after_submitting_and_a_second_tab_cannot_submit_twice(): void {
        global $DB;
        [$campaign, , $token] = $this->invited();
        $tab1 = $this->access()->by_token($token, self::IP);
        $tab2 = $this->access()->by_token($token, self::IP);
        $this->answer_required($tab1);

        $this->assertTrue($this->service()->submit($tab1)[0]);

        $this->assert_refused('submitted', fn() => $this->service()->submit($tab2));
        $this->assert_refused('submitted', fn() => $this->access()->by_token($token, self::IP));
        $this->assertSame(1, $DB->count_records('local_digitalstrategy_response', ['campaignid' => $campaign->id]));
    }

    public function test_a_campaign_closed_while_answering_refuses_the_submission_and_keeps_the_draft(): void {
        [$campaign, , $token] = $this->invited();
        $respondent = $this->access()->by_token($token, self::IP);
        $this->answer_required($respondent);
        \core\di::get(campaign_repository::class)->update_status($campaign->id, 'closed', 0);

        $this->assert_refused('closed', fn() => $this->service()->submit($respondent));

        $this->assertCount(2, $this->service()->answers($respondent));
    }

    public function test_an_anonymous_response_has_no_join_path_to_the_invite_user_organisation_or_token(): void {
        global $DB;
        $this->resetAfterTest();
        $campaign = $this->generator()->create_campaign(['anonymous' => 1]);
        // Some organisations, users and invites before, so small ids (0, 1) do not coincide with values by chance.
        for ($i = 0; $i < 3; $i++) {
            $this->getDataGenerator()->create_user();
            $this->generator()->create_invite($campaign, ['orgid' => $this->generator()->create_organisation()->get_id()]);
        }
        $organisation = $this->generator()->create_organisation(['fieldofwork' => 'care', 'pilot' => 1]);
        $user = $this->getDataGenerator()->create_user();
        $this->generator()->add_member($organisation, (int) $user->id);
        [$invite, $token] = $this->generator()->create_invite($campaign, ['orgid' => $organisation->get_id()]);
        $this->setUser($user);
        $respondent = $this->access()->by_campaign($campaign->id, (int) $user->id, self::IP);
        $this->answer_required($respondent);
        $this->service()->save($respondent, 'wishes', 'Mehr Austausch', false, 0);
        $sink = $this->redirectEvents();
        $this->service()->submit($respondent);
        $events = array_values(array_filter(
            $sink->get_events(),
            fn($e) => $e instanceof \local_digitalstrategy\event\campaign_answered
        ));
        $this->assertCount(1, $events);
        $this->assertSame(0, (int) $events[0]->userid, 'the log does not say who answered an anonymous campaign');
        $this->assertEquals($campaign->id, $events[0]->objectid);
        $this->setUser(0);
        $this->assert_refused('submitted', fn() => $this->access()->by_token($token, self::IP));

        $forbidden = [
            'invite id' => (string) $invite->id, 'user id' => (string) $user->id,
            'organisation id' => (string) $organisation->get_id(),
            'token hash' => (new campaign_token())->hash($token), 'token' => $token,
        ];
        $responses = $DB->get_records('local_digitalstrategy_response', ['campaignid' => $campaign->id]);
        $this->assertCount(1, $responses);
        $response = reset($responses);
        $values = $DB->get_records('local_digitalstrategy_respval', ['responseid' => $response->id]);
        $rows = array_merge([$response], array_values($values));
        $columns = 0;
        foreach ($rows as $row) {
            foreach ((array) $row as $column => $value) {
                if (in_array($column, ['id', 'responseid', 'campaignid'], true)) {
                    continue;
                }
                $columns++;
                foreach ($forbidden as $what => $secret) {
                    $this->assertNotSame($secret, (string) $value, "$column holds the $what");
                }
                if ($value !== null && is_numeric($value) && (int) $value > 1000000000) {
                    $this->fail("$column holds a timestamp");
                }
            }
        }
        $this->assertGreaterThan(10, $columns);
        $this->assertEquals(0, $response->orgid);
        $this->assertEquals(0, $response->userid);
        $this->assertEquals(0, $response->timesubmitted);
        $this->assertSame('care', $response->fieldofwork, 'the field of work stays for filters under the k rule');
        $storedinvite = $DB->get_record('local_digitalstrategy_invite', ['id' => $invite->id]);
        $this->assertEquals(1, $storedinvite->responded);
        $this->assertEquals(0, $storedinvite->timeresponded);
        $this->assertEquals($invite->timemodified, $storedinvite->timemodified, 'no time of response on the invite either');
        $this->assertSame(0, $DB->count_records('local_digitalstrategy_draft', ['inviteid' => $invite->id]));
    }

    public function test_members_logged_in_and_the_contact_link_share_the_organisations_draft(): void {
        $this->resetAfterTest();
        $campaign = $this->generator()->create_campaign();
        $organisation = $this->generator()->create_organisation();
        $anna = $this->getDataGenerator()->create_user();
        $this->generator()->add_member($organisation, (int) $anna->id);
        [$invite, $token] = $this->generator()->create_invite($campaign, ['orgid' => $organisation->get_id()]);

        $this->setUser($anna);
        $member = $this->access()->by_campaign($campaign->id, (int) $anna->id, self::IP);
        $this->service()->save($member, 'size', 'upto_20', false, 0);
        $contact = $this->access()->by_token($token, self::IP);

        $this->assertSame((int) $invite->id, $member->inviteid);
        $this->assertSame('upto_20', $this->service()->answers($contact)['size']->value);
        $this->assertSame((int) $anna->id, $this->service()->answers($contact)['size']->userid);
    }

    public function test_logged_in_answering_needs_the_capability_and_an_invite(): void {
        $this->resetAfterTest();
        $campaign = $this->generator()->create_campaign();
        $member = $this->getDataGenerator()->create_user();
        $this->generator()->add_member($this->generator()->create_organisation(), (int) $member->id);
        $outsider = $this->getDataGenerator()->create_user();
        $this->setUser($member);

        $this->assert_refused('notinvited', fn() => $this->access()->by_campaign($campaign->id, (int) $member->id, self::IP));
        $this->assert_refused('notinvited', fn() => $this->access()->by_campaign(-5, (int) $member->id, self::IP));
        $roleid = $this->getDataGenerator()->create_role();
        assign_capability('local/digitalstrategy:answersurvey', CAP_PROHIBIT, $roleid, \context_system::instance());
        $this->getDataGenerator()->role_assign($roleid, (int) $outsider->id);
        $this->assert_refused('nopermission', fn() => $this->access()->by_campaign($campaign->id, (int) $outsider->id, self::IP));
    }

    public function test_guessing_links_from_one_address_is_stopped_even_for_a_valid_link(): void {
        [, , $token] = $this->invited();
        for ($i = 0; $i < respond_rate_limiter::MAX_FAILURES_PER_IP; $i++) {
            $this->assert_refused('unknowntoken', fn() => $this->access()->by_token(str_repeat('B', 42) . $i % 10, self::IP));
        }

        $this->assert_refused('ratelimited', fn() => $this->access()->by_token($token, self::IP));
        // Another address is not affected.
        $this->assertNotNull($this->access()->by_token($token, '198.51.100.7'));
    }

    public function test_too_many_requests_with_one_token_are_stopped_and_the_limit_ends_with_the_window(): void {
        [, , $token] = $this->invited();
        $clock = $this->mock_clock_with_frozen(1800000000);
        for ($i = 0; $i < respond_rate_limiter::MAX_PER_TOKEN; $i++) {
            $this->access()->by_token($token, '203.0.113.' . ($i % 200));
        }

        $this->assert_refused('ratelimited', fn() => $this->access()->by_token($token, '203.0.113.250'));

        $clock->bump(respond_rate_limiter::WINDOW);
        $this->assertNotNull($this->access()->by_token($token, '203.0.113.250'));
    }

    public function test_an_open_link_gives_each_visitor_a_personal_link_of_their_own(): void {
        global $DB;
        $this->resetAfterTest();
        $tokens = new campaign_token();
        $open = $tokens->generate();
        $campaign = $this->generator()->create_campaign(['instrument' => 'schulungsfeedback', 'target' => 'event',
            'respondent' => 'person', 'publictokenhash' => $tokens->hash($open)]);

        $first = $this->access()->claim_open_link($open, self::IP);
        $second = $this->access()->claim_open_link($open, self::IP);

        $this->assertNotNull($first);
        $this->assertNotSame($first, $second);
        $this->assertSame($campaign->id, $this->access()->by_token($first, self::IP)->campaign->id);
        $this->assertNotSame(
            $this->access()->by_token($first, self::IP)->inviteid,
            $this->access()->by_token($second, self::IP)->inviteid
        );
        $this->assertSame(2, $DB->count_records('local_digitalstrategy_invite', ['campaignid' => $campaign->id]));
        // A personal token or a forged one is no open link.
        $this->assertNull($this->access()->claim_open_link($first, self::IP));
        $this->assertNull($this->access()->claim_open_link(str_repeat('C', 43), self::IP));
        \core\di::get(campaign_repository::class)->update_status($campaign->id, 'closed', 0);
        $this->assert_refused('closed', fn() => $this->access()->claim_open_link($open, self::IP));
    }
}
