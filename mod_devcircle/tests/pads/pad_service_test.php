<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\pads;

use PHPUnit\Framework\Attributes\CoversClass;
use mod_devcircle\local\etherpad\etherpad_exception;

/**
 * Pads of a circle against a real Etherpad: created lazily, opened for writers and readers,
 * method pads from templates, recreated from the last snapshot when gone from Etherpad.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\pads\pad_service
 * @covers     \mod_devcircle\pads\pad
 * @covers     \mod_devcircle\pads\pad_repository
 * @covers     \mod_devcircle\pads\content
 * @covers     \mod_devcircle\pads\pad_url_options
 */
#[CoversClass(\mod_devcircle\pads\pad_service::class)]
#[CoversClass(\mod_devcircle\pads\pad::class)]
#[CoversClass(\mod_devcircle\pads\pad_repository::class)]
#[CoversClass(\mod_devcircle\pads\content::class)]
#[CoversClass(\mod_devcircle\pads\pad_url_options::class)]
final class pad_service_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /**
     * The pads.
     *
     * @return pad_repository
     */
    private function pads(): pad_repository {
        return \core\di::get(pad_repository::class);
    }

    /**
     * The snapshots.
     *
     * @return snapshot_repository
     */
    private function snapshots(): snapshot_repository {
        return \core\di::get(snapshot_repository::class);
    }

    /**
     * A pad service for an Etherpad where nothing answers (short timeouts).
     *
     * @return pad_service
     */
    private function service_at_down_etherpad(): pad_service {
        $this->allow_outgoing_requests_to(self::down_url());
        // The services of a new request, whose Etherpad client finds nobody at home.
        \core\di::reset_container();
        \core\di::set(
            \mod_devcircle\local\etherpad\client::class,
            self::etherpad_client(self::down_url(), 'k', 1, 3)
        );
        return \core\di::get(pad_service::class);
    }

    /**
     * A course with a circle and the service for the test Etherpad.
     *
     * @return array{0: \stdClass, 1: \stdClass, 2: pad_service} course, circle, service
     */
    private function setup_circle(): array {
        $this->resetAfterTest();
        $this->require_etherpad();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id, 'name' => 'Dienstplan']);
        return [$course, $circle, \core\di::get(pad_service::class)];
    }

    public function test_circle_pad_exists_once_and_only_in_moodle_until_opened(): void {
        [, $circle, $service] = $this->setup_circle();

        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');
        $again = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');

        $this->assertSame($pad->get_id(), $again->get_id());
        $this->assertSame(pad::KIND_CIRCLE, $pad->get_kind());
        $this->assertNull($pad->get_pad_id());
        $this->assertSame((int) $circle->cmid, $pad->get_cmid());
    }

    public function test_the_circle_page_gets_the_pads_with_the_time_of_their_last_snapshot(): void {
        [, $circle, $service] = $this->setup_circle();
        $method = $service->create_method_pad((int) $circle->id, method_templates::SCRUM, 'en', '', 0);
        $this->snapshots()->create($method->get_id(), 1, "Text\n", '', pad_snapshot::REASON_MANUAL, 0, [], 1700000000);
        $this->snapshots()->create($method->get_id(), 2, "Mehr\n", '', pad_snapshot::REASON_MANUAL, 0, [], 1700000500);

        [$pads, $times] = $service->pads_of_circle((int) $circle->id, 'Dienstplan');
        [$again] = $service->pads_of_circle((int) $circle->id, 'Dienstplan');

        $this->assertSame([pad::KIND_CIRCLE, pad::KIND_METHOD], array_values(array_map(fn(pad $p) => $p->get_kind(), $pads)));
        $this->assertSame(array_keys($pads), array_keys($again), 'the circle pad is created once');
        $this->assertSame([$method->get_id() => 1700000500], $times);
    }

    public function test_writer_gets_the_pad_and_a_session_of_the_circles_group(): void {
        global $DB;
        [, $circle, $service] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user(['firstname' => 'Anna', 'lastname' => 'Schmidt']);
        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');

        $access = $service->open($pad, $user, true);

        $pad = $this->pads()->get($pad->get_id());
        $client = $service->client();
        $this->assertFalse($access->readonly);
        $this->assertSame(pad_url_options::apply($client->pad_url($pad->get_pad_id()), (int) $user->id, 'en'), $access->url);
        $this->assertSame(
            $client->create_group_if_not_exists_for(pad_service::group_mapper((int) $circle->id)),
            $pad->get_group_id()
        );
        $this->assertStringStartsWith($pad->get_group_id() . '$', $pad->get_pad_id());
        $info = $client->get_session_info($access->sessionid);
        $this->assertSame($pad->get_group_id(), $info['groupID']);
        $this->assertSame('Anna Schmidt', $client->get_author_name($info['authorID']));
        $this->assertEqualsWithDelta(time() + 3 * HOURSECS, $access->validuntil, 5);
        $known = $DB->get_record('devcircle_pad_authors', ['devcircle' => $circle->id, 'userid' => $user->id], '*', MUST_EXIST);
        $this->assertSame($info['authorID'], $known->authorid);
        $this->assertGreaterThan(0, (int) $known->timeopened);
    }

    public function test_the_pad_address_carries_the_users_language_and_a_readable_author_colour(): void {
        [, $circle, $service] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user();
        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');

        $access = $service->open($pad, $user, true, 'de_du');

        parse_str((string) parse_url($access->url, PHP_URL_QUERY), $options);
        $this->assertSame('de', $options['lang']);
        $this->assertSame(pad_url_options::author_colour((int) $user->id), $options['userColor']);
        $this->assertSame($options['userColor'], pad_url_options::author_colour((int) $user->id), 'the same colour every time');
        $this->assertStringContainsString('userColor=%23', $access->url, 'the # of the colour is encoded');
    }

    public function test_every_author_colour_keeps_etherpads_dark_text_readable(): void {
        $luminance = function (string $hex): float {
            $channels = array_map(function (string $pair): float {
                $c = hexdec($pair) / 255;
                return $c <= 0.03928 ? $c / 12.92 : (($c + 0.055) / 1.055) ** 2.4;
            }, str_split(ltrim($hex, '#'), 2));
            return 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
        };
        $contrast = fn(string $a, string $b): float =>
            (max($luminance($a), $luminance($b)) + 0.05) / (min($luminance($a), $luminance($b)) + 0.05);

        foreach (pad_url_options::AUTHOR_COLOURS as $colour) {
            // Etherpad's dark text: #485365 in the colibris skin, #222 in the others.
            $this->assertGreaterThanOrEqual(4.5, $contrast($colour, '#485365'), $colour);
            $this->assertGreaterThanOrEqual(4.5, $contrast($colour, '#222222'), $colour);
            // Etherpad writes dark text on colours it finds light (its own luminosity over 0.5).
            [$r, $g, $b] = array_map(fn($p) => hexdec($p) / 255, str_split(ltrim($colour, '#'), 2));
            $this->assertGreaterThan(0.5, 0.30 * $r + 0.59 * $g + 0.11 * $b, $colour);
        }
        $this->assertSame('en', pad_url_options::etherpad_language('x<y'));
    }

    public function test_session_is_reused_while_it_stays_valid(): void {
        [, $circle, $service] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user();
        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');

        $first = $service->open($pad, $user, true);
        $second = $service->open($pad, $user, true);

        $this->assertSame($first->sessionid, $second->sessionid);
    }

    public function test_reader_gets_the_read_only_address_and_never_the_pad_id(): void {
        global $DB;
        [, $circle, $service] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user();
        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');

        $access = $service->open($pad, $user, false);

        $pad = $this->pads()->get($pad->get_id());
        $this->assertTrue($access->readonly);
        $this->assertStringStartsWith($service->client()->pad_url($pad->get_read_only_id()) . '?', $access->url);
        $this->assertStringContainsString('/p/r.', $access->url);
        $this->assertStringNotContainsString(rawurlencode((string) $pad->get_pad_id()), $access->url);
        $this->assertStringNotContainsString($pad->get_pad_name(), $access->url);
        $known = $DB->get_record('devcircle_pad_authors', ['devcircle' => $circle->id, 'userid' => $user->id], '*', MUST_EXIST);
        $this->assertSame(0, (int) $known->timeopened);
    }

    public function test_method_pad_starts_with_its_template_in_the_chosen_language(): void {
        [, $circle, $service] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user();

        $de = $service->create_method_pad((int) $circle->id, method_templates::BMC, 'de', '', (int) $user->id);
        $en = $service->create_method_pad((int) $circle->id, method_templates::SCRUM, 'en', 'Sprint 1', (int) $user->id);

        $this->assertSame('Business Model Canvas', $de->get_name());
        $this->assertSame('Sprint 1', $en->get_name());
        $this->assertSame(pad::KIND_METHOD, $de->get_kind());
        $this->assertNotNull($de->get_pad_id(), 'created in Etherpad right away');
        $detext = $service->client()->get_text($de->get_pad_id());
        $this->assertStringContainsString('Schlüsselpartner', $detext);
        $this->assertStringContainsString('Kostenstruktur', $detext);
        $enhtml = $service->client()->get_html($en->get_pad_id());
        $this->assertStringContainsString('<strong>Sprint goal</strong>', $enhtml);
        $this->assertStringContainsString('Retrospective', $enhtml);
    }

    public function test_method_pad_is_kept_in_moodle_when_etherpad_is_down_and_filled_when_opened(): void {
        [, $circle] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user();
        $this->allow_outgoing_requests_to(self::down_url());
        $down = $this->service_at_down_etherpad();

        $pad = $down->create_method_pad((int) $circle->id, method_templates::DESIGN_THINKING, 'de', '', (int) $user->id);

        $this->assertNull($pad->get_pad_id());
        $this->require_etherpad();
        $service = \core\di::get(pad_service::class);
        $service->open($pad, $user, true);
        $pad = $this->pads()->get($pad->get_id());
        $this->assertStringContainsString('Prototypen entwickeln', $service->client()->get_text($pad->get_pad_id()));
    }

    public function test_pad_gone_from_etherpad_is_recreated_with_its_last_snapshot(): void {
        [, $circle, $service] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user();
        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');
        $service->open($pad, $user, true);
        $pad = $this->pads()->get($pad->get_id());
        $service->client()->set_text($pad->get_pad_id(), "Beschluss: Dienstplan-App ab Mai\n");
        \core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_MANUAL);
        $service->client()->delete_pad($pad->get_pad_id());

        $service->open($pad, $user, true);

        $pad = $this->pads()->get($pad->get_id());
        $this->assertStringContainsString('Beschluss: Dienstplan-App ab Mai', $service->client()->get_text($pad->get_pad_id()));
    }

    public function test_opening_fails_cleanly_when_etherpad_is_down(): void {
        [, $circle] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user();
        $this->allow_outgoing_requests_to(self::down_url());
        $service = $this->service_at_down_etherpad();
        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');

        $this->expectException(etherpad_exception::class);
        $this->expectExceptionMessage(get_string('etherpad_unreachable', 'mod_devcircle'));
        $service->open($pad, $user, true);
    }

    public function test_deleting_a_circle_removes_its_pads_snapshots_and_authors(): void {
        global $DB;
        [, $circle, $service] = $this->setup_circle();
        $user = $this->getDataGenerator()->create_user();
        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');
        $service->open($pad, $user, true);
        $pad = $this->pads()->get($pad->get_id());
        $service->client()->set_text($pad->get_pad_id(), "Text\n");
        \core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_MANUAL);
        $padid = $pad->get_pad_id();

        $service->delete_circle((int) $circle->id);

        $this->assertSame(0, $DB->count_records('devcircle_pads', ['devcircle' => $circle->id]));
        $this->assertSame(0, $DB->count_records('devcircle_pad_snapshots', ['pad' => $pad->get_id()]));
        $this->assertSame(0, $DB->count_records('devcircle_pad_authors', ['devcircle' => $circle->id]));
        $this->assertFalse($service->client()->pad_exists($padid));
    }
}
