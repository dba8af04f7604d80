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

namespace local_digitalstrategy\task;

use local_digitalstrategy\local\campaign\campaign;
use local_digitalstrategy\local\campaign\campaign_service;
use local_digitalstrategy\local\campaign\campaign_token;
use local_digitalstrategy\local\campaign\invitation_lock;
use local_digitalstrategy\local\campaign\invitation_mail_transport;
use local_digitalstrategy\local\campaign\invitation_sender;

/**
 * Invitation and reminder mails: one mail per invitation with a personal link whose token only the
 * mail holds, the lock that keeps two cron runners from sending twice, refused mails logged and
 * tried again, reminders at most N times, spaced, and never to responders, decliners or the revoked.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\task\send_invitations
 * @covers     \local_digitalstrategy\task\send_reminders
 * @covers     \local_digitalstrategy\local\campaign\invitation_sender
 * @covers     \local_digitalstrategy\local\campaign\invitation_mail_transport
 */
#[\PHPUnit\Framework\Attributes\CoversClass(send_invitations::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(send_reminders::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(invitation_sender::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(invitation_mail_transport::class)]
final class send_invitations_test extends \advanced_testcase {
    /**
     * The plugin's data generator.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        return $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * An open campaign for all active organisations, with $count organisations that have an address.
     *
     * @param int $count
     * @return campaign
     */
    private function open_campaign(int $count): campaign {
        $g = $this->generator();
        for ($i = 1; $i <= $count; $i++) {
            $g->create_organisation(['name' => "Träger $i & Söhne", 'contactemail' => "org$i@example.org",
                'region' => $i % 2 ? 'Nord' : 'Süd']);
        }
        $service = \core\di::get(campaign_service::class);
        $campaign = $service->create((object) [
            'name' => 'Befragung "Digital" & sozial', 'instrumentid' => $g->get_instrument_id('mitgliederbefragung'),
            'target' => 'all', 'targetid' => 0, 'respondent' => 'organisation', 'anonymous' => 1, 'timeopen' => 0,
            'timeclose' => 0, 'participationtarget' => 30,
        ], 2);
        $service->open($campaign, 2);
        return \core\di::get(\local_digitalstrategy\local\campaign\campaign_repository::class)->get($campaign->id);
    }

    /**
     * Runs the queued invitation task(s).
     */
    private function run_adhoc(): void {
        ob_start();
        $this->runAdhocTasks(send_invitations::class);
        ob_end_clean();
    }

    /**
     * Runs the scheduled campaign task.
     */
    private function run_scheduled(): void {
        ob_start();
        (new send_reminders())->execute();
        ob_end_clean();
    }

    /**
     * The token of a mail's answering link.
     *
     * @param \stdClass $message from the mail sink
     * @return string
     */
    private function token_of(\stdClass $message): string {
        $body = $message->body;
        if (str_contains($body, '=3D')) {
            // Quoted-printable: undo the soft line breaks and escapes.
            $body = quoted_printable_decode($body);
        }
        $this->assertMatchesRegularExpression('~/local/digitalstrategy/respond\.php\?token=([A-Za-z0-9_-]{43})~', $body);
        preg_match('~respond\.php\?token=([A-Za-z0-9_-]{43})~', $body, $m);
        $this->assertStringContainsString('/local/digitalstrategy/decline.php?token=' . $m[1], $body);
        return $m[1];
    }

    public function test_opening_mails_each_address_once_with_a_token_only_the_mail_holds(): void {
        global $DB;
        $this->resetAfterTest();
        $campaign = $this->open_campaign(3);
        $sink = $this->redirectEmails();
        $this->run_adhoc();
        $messages = $sink->get_messages();
        $this->assertCount(3, $messages);
        $tokens = new campaign_token();
        foreach ($messages as $message) {
            $token = $this->token_of($message);
            $invite = $DB->get_record('local_digitalstrategy_invite', ['campaignid' => $campaign->id, 'email' => $message->to]);
            $this->assertSame('sent', $invite->status);
            $this->assertSame($tokens->hash($token), $invite->tokenhash);
            $this->assertStringContainsString('Befragung "Digital" & sozial', $message->subject);
            // The plain token is nowhere in the database.
            foreach (['local_digitalstrategy_invite', 'local_digitalstrategy_invlog', 'task_adhoc'] as $table) {
                foreach ($DB->get_records($table) as $row) {
                    $this->assertStringNotContainsString($token, json_encode($row), $table);
                }
            }
        }
        $this->assertSame(3, $DB->count_records(
            'local_digitalstrategy_invlog',
            ['campaignid' => $campaign->id, 'action' => 'invite', 'status' => 'sent']
        ));

        // Nothing is sent twice: another run finds nothing left to invite.
        $sink->clear();
        $this->run_scheduled();
        $this->assertCount(0, $sink->get_messages());
    }

    public function test_a_second_runner_sends_nothing_while_the_first_holds_the_lock(): void {
        global $CFG;
        $this->resetAfterTest();
        // PostgreSQL's advisory locks are re-entrant within one connection, and this test has only
        // one: the table-based lock factory behaves as a second cron runner's connection would.
        $CFG->lock_factory = '\\core\\lock\\db_record_lock_factory';
        $this->open_campaign(2);
        $sink = $this->redirectEmails();
        $lock = invitation_lock::acquire();
        $this->assertNotNull($lock);
        try {
            $this->run_scheduled();
            $task = new send_invitations();
            $task->set_custom_data(['campaignid' => 0, 'manualby' => 0]);
            try {
                $task->execute();
                $this->fail('The invitation task must not run without the lock');
            } catch (\moodle_exception $e) {
                $this->assertSame('invite_error_locked', $e->errorcode);
            }
            $this->assertCount(0, $sink->get_messages());
        } finally {
            $lock->release();
        }
        $this->run_adhoc();
        $this->assertCount(2, $sink->get_messages());
    }

    public function test_a_refused_mail_is_logged_as_failed_and_tried_again_by_a_later_run(): void {
        global $DB;
        $this->resetAfterTest();
        $campaign = $this->open_campaign(2);
        \core\di::set(invitation_mail_transport::class, new class extends invitation_mail_transport {
            /**
             * Refuses the mail to org1, accepts the others.
             *
             * @param string $email
             * @param string $name
             * @param string $subject
             * @param string $text
             * @return string|null
             */
            public function send(string $email, string $name, string $subject, string $text): ?string {
                return $email === 'org1@example.org' ? 'The mail server did not accept the message. 550 mailbox full' : null;
            }
        });
        $this->run_adhoc();
        $failed = $DB->get_record('local_digitalstrategy_invite', ['campaignid' => $campaign->id, 'email' => 'org1@example.org']);
        $this->assertSame('failed', $failed->status);
        $this->assertSame('', $failed->tokenhash, 'the token of a refused mail is never stored');
        $log = $DB->get_record('local_digitalstrategy_invlog', ['inviteid' => $failed->id]);
        $this->assertSame(['invite', 'failed'], [$log->action, $log->status]);
        $this->assertStringContainsString('550 mailbox full', $log->info);

        // The mail server accepts again: the next run of the scheduled task retries the failed one only.
        \core\di::reset_container();
        $sink = $this->redirectEmails();
        $this->run_scheduled();
        $messages = $sink->get_messages();
        $this->assertCount(1, $messages);
        $this->assertSame('org1@example.org', $messages[0]->to);
        $this->assertSame('sent', $DB->get_field('local_digitalstrategy_invite', 'status', ['id' => $failed->id]));
        $this->assertTrue($DB->record_exists(
            'local_digitalstrategy_invlog',
            ['inviteid' => $failed->id, 'action' => 'retry', 'status' => 'sent']
        ));
    }

    public function test_each_invitation_is_marked_as_mailed_before_its_mail_goes_out_so_a_killed_run_never_mails_twice(): void {
        global $DB;
        $this->resetAfterTest();
        $campaign = $this->open_campaign(3);
        $seen = new \ArrayObject();
        \core\di::set(invitation_mail_transport::class, new class ($seen) extends invitation_mail_transport {
            /**
             * Keeps what the database says of the invitation at the moment its mail goes out.
             *
             * @param \ArrayObject $seen
             */
            public function __construct(
                /** @var \ArrayObject status and token hash per address */
                private \ArrayObject $seen,
            ) {
            }

            /**
             * Records the invitation's state and accepts the mail.
             *
             * @param string $email
             * @param string $name
             * @param string $subject
             * @param string $text
             * @return string|null
             */
            public function send(string $email, string $name, string $subject, string $text): ?string {
                global $DB;
                $this->seen[$email] = $DB->get_record('local_digitalstrategy_invite', ['email' => $email], 'status, tokenhash');
                return null;
            }
        });
        $this->run_adhoc();

        $this->assertCount(3, $seen);
        foreach ($seen as $email => $invite) {
            $this->assertSame('sent', $invite->status, "$email is marked before its mail goes out");
            $this->assertSame(64, strlen($invite->tokenhash), "the link in the mail to $email works from the start");
        }
        // What a run resuming after a kill finds: nothing left to mail.
        \core\di::reset_container();
        $sink = $this->redirectEmails();
        $this->run_scheduled();
        $this->assertCount(0, $sink->get_messages());
        $sent = $DB->count_records('local_digitalstrategy_invite', ['campaignid' => $campaign->id, 'status' => 'sent']);
        $this->assertSame(3, $sent);
    }

    public function test_a_refused_reminder_leaves_the_invitation_and_its_earlier_link_as_they_were(): void {
        global $DB;
        $this->resetAfterTest();
        $campaign = $this->open_campaign(1);
        $this->run_adhoc();
        $before = $DB->get_record('local_digitalstrategy_invite', ['campaignid' => $campaign->id]);
        \core\di::reset_container();
        \core\di::set(invitation_mail_transport::class, new class extends invitation_mail_transport {
            /**
             * Refuses every mail.
             *
             * @param string $email
             * @param string $name
             * @param string $subject
             * @param string $text
             * @return string|null
             */
            public function send(string $email, string $name, string $subject, string $text): ?string {
                return '451 try again later';
            }
        });
        $counts = \core\di::get(invitation_sender::class)->send_reminders($campaign, 2, 0, 2);

        $this->assertSame(['sent' => 0, 'failed' => 1], $counts);
        $after = $DB->get_record('local_digitalstrategy_invite', ['id' => $before->id]);
        foreach (['tokenhash', 'status', 'reminders', 'timeinvited', 'timereminded'] as $field) {
            $this->assertEquals($before->$field, $after->$field, $field);
        }
    }

    public function test_the_real_transport_reports_a_refusal_for_an_invalid_address(): void {
        $this->resetAfterTest();
        $this->assertNotNull((new invitation_mail_transport())->send('not an address', 'X', 'S', 'T'));
        $sink = $this->redirectEmails();
        $this->assertNull((new invitation_mail_transport())->send('ok@example.org', 'Träger & Co', 'Betreff', 'Text'));
        $this->assertSame('ok@example.org', $sink->get_messages()[0]->to);
    }

    public function test_reminders_go_at_most_n_times_spaced_and_never_to_responders_decliners_or_revoked(): void {
        global $DB;
        $this->resetAfterTest();
        set_config('maxreminders', 2, 'local_digitalstrategy');
        set_config('reminderspacing', 3 * DAYSECS, 'local_digitalstrategy');
        $clock = $this->mock_clock_with_frozen(1_800_000_000);
        $campaign = $this->open_campaign(5);
        $this->run_adhoc();
        $invites = array_values($DB->get_records('local_digitalstrategy_invite', ['campaignid' => $campaign->id], 'email'));
        // The first responded, the second declined, org3 was revoked; org4 and org5 have not reacted.
        $DB->set_field('local_digitalstrategy_invite', 'responded', 1, ['id' => $invites[0]->id]);
        $DB->set_field('local_digitalstrategy_invite', 'status', 'declined', ['id' => $invites[1]->id]);
        $DB->set_field('local_digitalstrategy_invite', 'status', 'revoked', ['id' => $invites[2]->id]);
        $sink = $this->redirectEmails();
        $recipients = function () use ($sink): array {
            $to = array_map(fn($m) => $m->to, $sink->get_messages());
            sort($to);
            $sink->clear();
            return $to;
        };

        $clock->bump(2 * DAYSECS);
        $this->run_scheduled();
        $this->assertSame([], $recipients(), 'not before the spacing has passed');

        $clock->bump(DAYSECS);
        $this->run_scheduled();
        $this->assertSame(['org4@example.org', 'org5@example.org'], $recipients());
        $this->run_scheduled();
        $this->assertSame([], $recipients(), 'the next reminder waits for the spacing again');

        $clock->bump(3 * DAYSECS);
        $this->run_scheduled();
        $this->assertSame(['org4@example.org', 'org5@example.org'], $recipients());

        $clock->bump(30 * DAYSECS);
        $this->run_scheduled();
        $this->assertSame([], $recipients(), 'at most two reminders');
        $this->assertSame(4, $DB->count_records('local_digitalstrategy_invlog', ['campaignid' => $campaign->id,
            'action' => 'remind', 'status' => 'sent']));
        $this->assertEquals(2, $DB->get_field('local_digitalstrategy_invite', 'reminders', ['id' => $invites[3]->id]));
    }

    public function test_the_manual_round_reaches_every_non_responder_at_once_and_replaces_their_link(): void {
        global $DB;
        $this->resetAfterTest();
        $campaign = $this->open_campaign(3);
        $sink = $this->redirectEmails();
        $this->run_adhoc();
        $first = [];
        foreach ($sink->get_messages() as $message) {
            $first[$message->to] = $this->token_of($message);
        }
        $sink->clear();
        $DB->set_field('local_digitalstrategy_invite', 'responded', 1, ['campaignid' => $campaign->id,
            'email' => 'org2@example.org']);

        $this->assertTrue(\core\di::get(campaign_service::class)->manual_reminder_round($campaign, 2));
        $this->run_adhoc();
        $messages = $sink->get_messages();
        $this->assertEqualsCanonicalizing(['org1@example.org', 'org3@example.org'], array_map(fn($m) => $m->to, $messages));
        $repository = \core\di::get(\local_digitalstrategy\local\campaign\invite_repository::class);
        foreach ($messages as $message) {
            $this->assertStringContainsString('Befragung', $message->subject);
            $this->assertNull($repository->get_by_token($first[$message->to]), 'the earlier link stops working');
            $this->assertNotNull($repository->get_by_token($this->token_of($message)));
        }
        $this->assertSame(2, $DB->count_records('local_digitalstrategy_invlog', ['campaignid' => $campaign->id,
            'action' => 'remind', 'userid' => 2, 'status' => 'sent']));
    }

    public function test_a_closed_campaign_sends_nothing(): void {
        $this->resetAfterTest();
        $campaign = $this->open_campaign(2);
        \core\di::get(campaign_service::class)->close($campaign, 2);
        $sink = $this->redirectEmails();
        $this->run_adhoc();
        $this->run_scheduled();
        $this->assertCount(0, $sink->get_messages());
    }
}
