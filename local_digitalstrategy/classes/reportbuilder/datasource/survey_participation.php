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

namespace local_digitalstrategy\reportbuilder\datasource;

use core_reportbuilder\datasource;
use local_digitalstrategy\local\campaign\{campaign, invite_repository};
use local_digitalstrategy\organisation as organisation_model;
use local_digitalstrategy\reportbuilder\local\entities\{organisation, survey_campaign, survey_invite};

/**
 * Report source "Survey participation": one row per survey or feedback campaign with its
 * participation, or per invitation (with the invited organisation) when invitation or
 * organisation columns are added. Revoked invitations are left out; nothing of what was answered
 * is reachable from here.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class survey_participation extends datasource {
    /**
     * Name of the report source.
     *
     * @return string
     */
    public static function get_name(): string {
        return get_string('reportbuilder_survey_participation', 'local_digitalstrategy');
    }

    /**
     * Sets up tables, joins and entities.
     */
    protected function initialise(): void {
        $campaign = new survey_campaign();
        $c = $campaign->get_table_alias(campaign::TABLE);
        $this->set_main_table(campaign::TABLE, $c);
        $this->add_entity($campaign);

        $invite = new survey_invite();
        $i = $invite->get_table_alias(invite_repository::TABLE);
        $this->add_entity($invite->add_join(
            "LEFT JOIN {" . invite_repository::TABLE . "} {$i} ON {$i}.campaignid = {$c}.id AND {$i}.status <> 'revoked'"
        ));

        $organisation = new organisation();
        $o = $organisation->get_table_alias(organisation_model::TABLE);
        $this->add_entity($organisation
            ->add_joins($invite->get_joins())
            ->add_join("LEFT JOIN {" . organisation_model::TABLE . "} {$o} ON {$o}.id = {$i}.orgid"));

        $this->add_all_from_entities();
    }

    /**
     * Columns of a new report.
     *
     * @return string[]
     */
    public function get_default_columns(): array {
        return [
            'survey_campaign:name',
            'survey_campaign:kind',
            'survey_campaign:timeopen',
            'survey_campaign:invited',
            'survey_campaign:responded',
            'survey_campaign:participation',
            'survey_campaign:participationtarget',
        ];
    }

    /**
     * Filters of a new report.
     *
     * @return string[]
     */
    public function get_default_filters(): array {
        return ['survey_campaign:name', 'survey_campaign:kind', 'survey_campaign:status', 'survey_campaign:timeopen'];
    }

    /**
     * Conditions of a new report.
     *
     * @return string[]
     */
    public function get_default_conditions(): array {
        return ['survey_campaign:status'];
    }

    /**
     * Sorting of a new report.
     *
     * @return int[]
     */
    public function get_default_column_sorting(): array {
        return ['survey_campaign:timeopen' => SORT_DESC];
    }
}
