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

namespace local_digitalstrategy\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategy_summary;
use local_digitalstrategy\local\strategy\strategy_summary_repository;
use local_digitalstrategy\organisation;
use moodle_url;

/**
 * Where one organisation's strategy stands, for its members: the state, the measures per phase
 * and the overall Ampel per criterion (words and colours), with a link to the strategy. The
 * block and the development circle's page show the same panel.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_status_panel implements named_templatable, renderable {
    /**
     * Creates the panel.
     *
     * @param organisation $organisation
     * @param strategy_summary $summary
     * @param string $idprefix prefix of the element ids (unique on the page)
     */
    public function __construct(
        /** @var organisation */
        private readonly organisation $organisation,
        /** @var strategy_summary */
        private readonly strategy_summary $summary,
        /** @var string */
        private readonly string $idprefix = 'local_digitalstrategy-strategystatus',
    ) {
    }

    /**
     * The panel of a user's own organisation, or null when they belong to none or may not see
     * its strategy. Four queries at most, however many organisations there are.
     *
     * @param int $userid
     * @param organisation_repository $organisations
     * @param organisation_access $access
     * @param strategy_summary_repository $summaries
     * @param string $idprefix
     * @return self|null
     */
    public static function for_user(
        int $userid,
        organisation_repository $organisations,
        organisation_access $access,
        strategy_summary_repository $summaries,
        string $idprefix = 'local_digitalstrategy-strategystatus'
    ): ?self {
        $organisation = $organisations->get_for_user($userid);
        if (!$organisation || !$access->can_view_strategy($organisation, $userid)) {
            return null;
        }
        $summary = $summaries->for_organisations([$organisation->get_id()])[$organisation->get_id()];
        return new self($organisation, $summary, $idprefix);
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/strategy_status_panel';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        return [
            'idprefix' => $this->idprefix,
            'orgid' => $this->organisation->get_id(),
            // Plain text (the template escapes it once): Moodle's own filters do not run on it.
            'heading' => get_string('strategies_panel_heading', 'local_digitalstrategy', $this->organisation->get_name()),
            'strategyurl' => (new moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $this->organisation->get_id()]))
                ->out(false),
        ] + strategies_table::summary_context($this->summary);
    }
}
