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

namespace mod_devcircle\webinar;

use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The cached recordings of a circle on a cluster: dropping a circle's entry on one web node must
 * reach every other node, also one whose cache store is its own (APCu, a local file store), so
 * it is dropped through an invalidation event as well as deleted from the store.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\webinar\recordings_cache
 */
#[CoversClass(recordings_cache::class)]
final class recordings_cache_test extends \advanced_testcase {
    public function test_the_definition_listens_to_the_invalidation_event(): void {
        $definition = \core_cache\definition::load(
            'mod_devcircle/recordings',
            \core_cache\config::instance()->get_definition_by_id('mod_devcircle/recordings')
        );
        $this->assertTrue($definition->invalidates_on_event(recordings_cache::EVENT));
    }

    public function test_forgetting_a_circle_records_the_invalidation_for_other_nodes_and_keeps_other_circles(): void {
        $this->resetAfterTest();
        $cache = new recordings_cache();
        $fingerprint = recordings_cache::fingerprint(['m1']);
        $cache->set(7, $fingerprint, []);
        $cache->set(8, $fingerprint, []);

        $cache->forget(7);

        $this->assertNull($cache->get(7, $fingerprint));
        $this->assertSame([], $cache->get(8, $fingerprint));
        // What another node's cache reads when it is loaded: circle 7 is invalid from now on.
        $events = \cache::make('core', 'eventinvalidation')->get(recordings_cache::EVENT);
        $this->assertIsArray($events);
        $this->assertArrayHasKey(7, $events);
        $this->assertArrayNotHasKey(8, $events);
    }

    public function test_an_entry_another_node_still_holds_is_dropped_when_its_cache_is_loaded_after_the_event(): void {
        $this->resetAfterTest();
        $fingerprint = recordings_cache::fingerprint(['m1']);
        (new recordings_cache())->set(7, $fingerprint, []);
        // Another node: the event arrives as the only trace (its own store still holds the entry).
        \core_cache\helper::invalidate_by_event(recordings_cache::EVENT, [7]);
        \cache_factory::reset();

        $this->assertNull((new recordings_cache())->get(7, $fingerprint));
    }
}
