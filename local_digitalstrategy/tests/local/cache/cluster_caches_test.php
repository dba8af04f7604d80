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

namespace local_digitalstrategy\local\cache;

use local_digitalstrategy\local\controlling\docaccess_cache;
use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * The suite's caches on a cluster: every cache is a MUC definition an admin can map to a shared
 * store (db/caches.php, no ad-hoc caches), and emptying one on a web node reaches every other node,
 * also one whose store is its own (APCu, a local file store), through an invalidation event.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\cache\results_cache
 * @covers     \local_digitalstrategy\local\controlling\docaccess_cache
 */
#[CoversClass(results_cache::class)]
#[CoversClass(docaccess_cache::class)]
final class cluster_caches_test extends \advanced_testcase {
    public function test_no_plugin_class_makes_an_ad_hoc_cache_an_admin_could_not_map_to_a_shared_store(): void {
        global $CFG;
        $offenders = [];
        foreach (['local/digitalstrategy', 'mod/devcircle', 'blocks/digicheck'] as $plugin) {
            $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator("$CFG->dirroot/$plugin/classes"));
            foreach ($files as $file) {
                if (
                    $file->isFile() && str_ends_with($file->getFilename(), '.php')
                        && str_contains((string) file_get_contents($file->getPathname()), 'make_from_params')
                ) {
                    $offenders[] = "$plugin: " . $file->getFilename();
                }
            }
        }
        $this->assertSame([], $offenders);
    }

    /**
     * The caches and the invalidation events they listen to.
     *
     * @return array[]
     */
    public static function cached_areas(): array {
        return [
            'results' => ['local_digitalstrategy/results', results_cache::EVENT],
            'docaccess' => ['local_digitalstrategy/docaccess', docaccess_cache::EVENT],
        ];
    }

    /**
     * The definition is declared and listens to its event.
     *
     * @dataProvider cached_areas
     * @param string $id
     * @param string $event
     */
    #[DataProvider('cached_areas')]
    public function test_the_definition_listens_to_its_invalidation_event(string $id, string $event): void {
        $definition = \core_cache\definition::load($id, \core_cache\config::instance()->get_definition_by_id($id));
        $this->assertTrue($definition->invalidates_on_event($event));
        $this->assertSame(\cache_store::MODE_APPLICATION, $definition->get_mode());
    }

    public function test_the_rate_limit_counters_are_a_declared_application_cache_that_forgets_old_windows(): void {
        $id = 'local_digitalstrategy/respondlimits';
        $definition = \core_cache\definition::load($id, \core_cache\config::instance()->get_definition_by_id($id));
        $this->assertSame(\cache_store::MODE_APPLICATION, $definition->get_mode());
        $this->assertSame(2 * \local_digitalstrategy\local\campaign\respond_rate_limiter::WINDOW, $definition->get_ttl());
    }

    public function test_emptying_the_results_records_the_event_and_another_node_drops_what_it_still_holds(): void {
        $this->resetAfterTest();
        $cache = new results_cache(\cache::make('local_digitalstrategy', 'results'));
        $this->assertSame(['mean' => 1.5], $cache->get('peer_7', fn() => ['mean' => 1.5]));

        $cache->invalidate();

        $this->assertSame(['mean' => 0.5], $cache->get('peer_7', fn() => ['mean' => 0.5]));
        // What another node's cache reads when it is loaded: everything before now is invalid.
        $events = \cache::make('core', 'eventinvalidation')->get(results_cache::EVENT);
        $this->assertIsArray($events);
        $this->assertArrayHasKey('purged', $events);

        // Another node: its own store still holds an entry set before the event.
        $store = \cache::make('local_digitalstrategy', 'results');
        $store->set('overview', ['orgs' => 3]);
        \core_cache\helper::purge_by_event(results_cache::EVENT);
        \cache_factory::reset();
        $again = new results_cache(\cache::make('local_digitalstrategy', 'results'));
        $this->assertSame(['orgs' => 4], $again->get('overview', fn() => ['orgs' => 4]));
    }

    public function test_emptying_the_document_access_figures_records_the_event_for_other_nodes(): void {
        $this->resetAfterTest();
        $cache = new docaccess_cache();
        $cache->set('totals_5', ['views' => 12]);
        $this->assertSame(['views' => 12], $cache->get('totals_5', fn() => ['views' => 0]));

        $cache->invalidate();

        $this->assertSame(['views' => 0], (new docaccess_cache())->get('totals_5', fn() => ['views' => 0]));
        $this->assertArrayHasKey('purged', \cache::make('core', 'eventinvalidation')->get(docaccess_cache::EVENT));
    }
}
