"""Hand-written corpus cases: the messages of real -20 sessions and the edge cases a codec gets wrong.

Values follow what chargers and EVs send (DC BPT 150 kW charger, 11 kW AC wallbox, PnC contract
installation); the edge cases are named for what they exercise (lists at maxOccurs, facet bounds,
negative exponents, maximum-length strings/binaries, repeated strings for string-table hits).
"""
from __future__ import annotations

import base64
import hashlib
from typing import Any

import exi_model as m

SID = "3D4CBF93374ED89B"
T0 = 1725456322


def hdr(ts_offset: int = 0, sid: str = SID) -> dict[str, Any]:
    return {"SessionID": sid, "TimeStamp": T0 + ts_offset}


def rn(value: int, exponent: int = 0) -> dict[str, int]:
    return {"Exponent": exponent, "Value": value}


def blob(label: str, n: int) -> bytes:
    """Deterministic pseudo-random bytes (certificates, keys, digests)."""
    out = b""
    while len(out) < n:
        out += hashlib.sha256(label.encode() + len(out).to_bytes(4, "big")).digest()
    return out[:n]


def b64(label: str, n: int) -> str:
    return base64.b64encode(blob(label, n)).decode("ascii")


def signature(ref_ids: list[str]) -> dict[str, Any]:
    """A -20 header signature: EXI canonicalisation, ECDSA-SHA256, one Reference per signed element."""
    return {
        "SignedInfo": signed_info(ref_ids),
        "SignatureValue": {"value": b64("sigval" + "".join(ref_ids), 64)},
    }


def signed_info(ref_ids: list[str]) -> dict[str, Any]:
    return {
        "CanonicalizationMethod": {"Algorithm": "http://www.w3.org/TR/canonical-exi/"},
        "SignatureMethod": {"Algorithm": "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"},
        "Reference": [{
            "URI": "#" + rid,
            "Transforms": {"Transform": [{"Algorithm": "http://www.w3.org/TR/canonical-exi/"}]},
            "DigestMethod": {"Algorithm": "http://www.w3.org/2001/04/xmlenc#sha256"},
            "DigestValue": b64("digest" + rid, 32),
        } for rid in ref_ids],
    }


def contract_chain(label: str, n_sub: int = 2, size: int = 620) -> dict[str, Any]:
    return {"Certificate": b64(label + "-leaf", size),
            "SubCertificates": {"Certificate": [b64(f"{label}-sub{i}", size - 40) for i in range(n_sub)]}}


def _cm() -> list[tuple[str, dict[str, Any]]]:
    display = {"PresentSOC": 42, "MinimumSOC": 20, "TargetSOC": 80, "MaximumSOC": 100,
               "RemainingTimeToMinimumSOC": 0, "RemainingTimeToTargetSOC": 2700,
               "RemainingTimeToMaximumSOC": 4200, "ChargingComplete": False,
               "BatteryEnergyCapacity": rn(77, 3), "InletHot": False}
    abs_price = {
        "Id": "PRICE-1", "TimeAnchor": T0, "PriceScheduleID": 1,
        "PriceScheduleDescription": "Tarif HPC Ladepark Süd – Werktag",
        "Currency": "EUR", "Language": "DEU", "PriceAlgorithm": "urn:iso:std:iso:15118:-20:PriceAlgorithm:1-Power",
        "MinimumCost": rn(100, -2), "MaximumCost": rn(15000, -2),
        "TaxRules": {"TaxRule": [
            {"TaxRuleID": 1, "TaxRuleName": "VAT", "TaxRate": rn(19, -2), "TaxIncludedInPrice": True,
             "AppliesToEnergyFee": True, "AppliesToParkingFee": True, "AppliesToOverstayFee": True,
             "AppliesMinimumMaximumCost": True},
            {"TaxRuleID": 2, "TaxRuleName": "Stromsteuer", "TaxRate": rn(205, -4),
             "AppliesToEnergyFee": True, "AppliesToParkingFee": False, "AppliesToOverstayFee": False,
             "AppliesMinimumMaximumCost": False}]},
        "PriceRuleStacks": {"PriceRuleStack": [
            {"Duration": 0, "PriceRule": [
                {"EnergyFee": rn(59, -2), "PowerRangeStart": rn(0)},
                {"EnergyFee": rn(69, -2), "ParkingFee": rn(10, -2), "ParkingFeePeriod": 3600,
                 "CarbonDioxideEmission": 380, "RenewableGenerationPercentage": 45, "PowerRangeStart": rn(50, 3)}]},
            {"Duration": 21600, "PriceRule": [{"EnergyFee": rn(49, -2), "PowerRangeStart": rn(0)}]}]},
        "OverstayRules": {"OverstayTimeThreshold": 3600, "OverstayPowerThreshold": rn(1, 3), "OverstayRule": [
            {"OverstayRuleDescription": "Blockiergebühr", "StartTime": 14400, "OverstayFee": rn(10, -2),
             "OverstayFeePeriod": 60}]},
        "AdditionalSelectedServices": {"AdditionalService": [{"ServiceName": "Parking", "ServiceFee": rn(150, -2)}]},
    }
    level_price = {"Id": "PRICE-2", "TimeAnchor": T0, "PriceScheduleID": 2, "NumberOfPriceLevels": 3,
                   "PriceLevelScheduleEntries": {"PriceLevelScheduleEntry": [
                       {"Duration": 3600 * (i + 1), "PriceLevel": i % 3} for i in range(6)]}}
    power_sched = {"TimeAnchor": T0, "AvailableEnergy": rn(60, 3), "PowerTolerance": rn(5, 2),
                   "PowerScheduleEntries": {"PowerScheduleEntry": [
                       {"Duration": 3600, "Power": rn(15000, 1)}, {"Duration": 7200, "Power": rn(11000, 1)},
                       {"Duration": 75600, "Power": rn(2208, 1), "Power_L2": rn(2208, 1), "Power_L3": rn(2208, 1)}]}}
    ev_offer = {"EVPowerSchedule": {"TimeAnchor": T0, "EVPowerScheduleEntries": {"EVPowerScheduleEntry": [
                    {"Duration": 1800, "Power": rn(150, 3)}, {"Duration": 1800, "Power": rn(-50, 3)}]}},
                "EVAbsolutePriceSchedule": {"TimeAnchor": T0, "Currency": "EUR",
                                            "PriceAlgorithm": "urn:iso:std:iso:15118:-20:PriceAlgorithm:1-Power",
                                            "EVPriceRuleStacks": {"EVPriceRuleStack": [
                                                {"Duration": 0, "EVPriceRule": [
                                                    {"EnergyFee": rn(0), "PowerRangeStart": rn(0)},
                                                    {"EnergyFee": rn(25, -2), "PowerRangeStart": rn(-10, 3)}]}]}}}
    return [
        ("session-setup-req", {"SessionSetupReq": {"Header": hdr(0, "0000000000000000"),
                                                   "EVCCID": "WMIV1234567890ABCDEX"}}),
        ("session-setup-req-mac", {"SessionSetupReq": {"Header": hdr(0, "0000000000000000"),
                                                       "EVCCID": "00:1B:C5:0B:53:7E"}}),
        ("session-setup-res", {"SessionSetupRes": {"Header": hdr(1), "ResponseCode": "OK_NewSessionEstablished",
                                                   "EVSEID": "DE*PNX*E12345*1"}}),
        ("session-setup-res-resumed", {"SessionSetupRes": {"Header": hdr(1), "ResponseCode": "OK_OldSessionJoined",
                                                           "EVSEID": "NL*TNM*EVSE0001*2"}}),
        ("session-setup-res-empty-evseid", {"SessionSetupRes": {"Header": hdr(1), "ResponseCode": "OK_NewSessionEstablished",
                                                                "EVSEID": ""}}),
        ("session-setup-req-max-evccid", {"SessionSetupReq": {"Header": hdr(0, "FFFFFFFFFFFFFFFF"),
                                                              "EVCCID": "V" * 255}}),
        ("authorization-setup-req", {"AuthorizationSetupReq": {"Header": hdr(2)}}),
        ("authorization-setup-res-eim", {"AuthorizationSetupRes": {
            "Header": hdr(2), "ResponseCode": "OK", "AuthorizationServices": ["EIM"],
            "CertificateInstallationService": False, "EIM_ASResAuthorizationMode": {}}}),
        ("authorization-setup-res-pnc-providers-max", {"AuthorizationSetupRes": {
            "Header": hdr(2), "ResponseCode": "OK", "AuthorizationServices": ["EIM", "PnC"],
            "CertificateInstallationService": True,
            "PnC_ASResAuthorizationMode": {"GenChallenge": b64("challenge", 16), "SupportedProviders": {
                # 128 entries, only 4 distinct: exercises the string table's local-value hits
                "ProviderID": [["DE-PNX", "NL-TNM", "FR-ABC", "AT-VER"][i % 4] for i in range(128)]}}}}),
        ("authorization-req-eim", {"AuthorizationReq": {"Header": hdr(3), "SelectedAuthorizationService": "EIM",
                                                        "EIM_AReqAuthorizationMode": {}}}),
        ("authorization-req-pnc", {"AuthorizationReq": {
            "Header": {**hdr(3), "Signature": signature(["AUTH-1"])}, "SelectedAuthorizationService": "PnC",
            "PnC_AReqAuthorizationMode": {"Id": "AUTH-1", "GenChallenge": b64("challenge", 16),
                                          "ContractCertificateChain": contract_chain("contract")}}}),
        ("authorization-res-ongoing", {"AuthorizationRes": {"Header": hdr(4), "ResponseCode": "OK",
                                                            "EVSEProcessing": "Ongoing"}}),
        ("authorization-res-failed", {"AuthorizationRes": {"Header": hdr(5), "ResponseCode": "WARNING_CertificateRevoked",
                                                           "EVSEProcessing": "Finished"}}),
        ("service-discovery-req-ids-max", {"ServiceDiscoveryReq": {"Header": hdr(6), "SupportedServiceIDs": {
            "ServiceID": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 65, 66, 1024, 32767, 65534, 65535]}}}),
        ("service-discovery-res-services-max", {"ServiceDiscoveryRes": {
            "Header": hdr(6), "ResponseCode": "OK", "ServiceRenegotiationSupported": True,
            "EnergyTransferServiceList": {"Service": [{"ServiceID": i, "FreeService": i % 2 == 0}
                                                      for i in (1, 2, 3, 4, 5, 6, 7, 8)]},
            "VASList": {"Service": [{"ServiceID": 65, "FreeService": True}, {"ServiceID": 66, "FreeService": False}]}}}),
        ("service-detail-req", {"ServiceDetailReq": {"Header": hdr(7), "ServiceID": 6}}),
        ("service-detail-res-dc-bpt", {"ServiceDetailRes": {
            "Header": hdr(7), "ResponseCode": "OK", "ServiceID": 6, "ServiceParameterList": {"ParameterSet": [
                {"ParameterSetID": i, "Parameter": [
                    {"Name": "Connector", "intValue": 2}, {"Name": "ControlMode", "intValue": 1 + i % 2},
                    {"Name": "MobilityNeedsMode", "intValue": 1}, {"Name": "Pricing", "intValue": 1},
                    {"Name": "BPTChannel", "intValue": 1}, {"Name": "GeneratorMode", "intValue": 1},
                    {"Name": "GridCodeIslandingDetectionMode", "intValue": 1},
                ]} for i in range(2)]}}}),
        ("service-detail-res-all-parameter-kinds-max", {"ServiceDetailRes": {
            "Header": hdr(7), "ResponseCode": "OK", "ServiceID": 65, "ServiceParameterList": {"ParameterSet": [
                {"ParameterSetID": s, "Parameter": [
                    [{"Name": "FreeParking", "boolValue": s % 2 == 0}, {"Name": "Level", "byteValue": -128 + p},
                     {"Name": "Slot", "shortValue": 32767 - p}, {"Name": "Fee", "intValue": -2147483648 + p},
                     {"Name": "Tariff", "rationalNumber": rn(-32768 + p, -3)},
                     {"Name": "Operator", "finiteString": "Ladepark Süd GmbH – Zürich €"}][p % 6]
                    for p in range(32)]} for s in range(32)]}}}),
        ("service-selection-req", {"ServiceSelectionReq": {
            "Header": hdr(8), "SelectedEnergyTransferService": {"ServiceID": 6, "ParameterSetID": 1},
            "SelectedVASList": {"SelectedService": [{"ServiceID": 65 + i, "ParameterSetID": i} for i in range(16)]}}}),
        ("service-selection-res", {"ServiceSelectionRes": {"Header": hdr(8), "ResponseCode": "OK"}}),
        ("schedule-exchange-req-scheduled", {"ScheduleExchangeReq": {
            "Header": hdr(9), "MaximumSupportingPoints": 1024, "Scheduled_SEReqControlMode": {
                "DepartureTime": 7200, "EVTargetEnergyRequest": rn(40, 3), "EVMaximumEnergyRequest": rn(60, 3),
                "EVMinimumEnergyRequest": rn(-20, 3), "EVEnergyOffer": ev_offer}}}),
        ("schedule-exchange-req-dynamic", {"ScheduleExchangeReq": {
            "Header": hdr(9), "MaximumSupportingPoints": 12, "Dynamic_SEReqControlMode": {
                "DepartureTime": 28800, "MinimumSOC": 30, "TargetSOC": 80, "EVTargetEnergyRequest": rn(40, 3),
                "EVMaximumEnergyRequest": rn(60, 3), "EVMinimumEnergyRequest": rn(-20, 3),
                "EVMaximumV2XEnergyRequest": rn(5, 3), "EVMinimumV2XEnergyRequest": rn(-5, 3)}}}),
        ("schedule-exchange-req-ev-offer-max", {"ScheduleExchangeReq": {
            "Header": hdr(9), "MaximumSupportingPoints": 1024, "Scheduled_SEReqControlMode": {
                "EVEnergyOffer": {
                    "EVPowerSchedule": {"TimeAnchor": T0, "EVPowerScheduleEntries": {"EVPowerScheduleEntry": [
                        {"Duration": 60 + i, "Power": rn(11000 - 20 * i, 0)} for i in range(1024)]}},
                    "EVAbsolutePriceSchedule": {"TimeAnchor": T0, "Currency": "EUR", "PriceAlgorithm": "P" * 255,
                                                "EVPriceRuleStacks": {"EVPriceRuleStack": [
                                                    {"Duration": 900 * i, "EVPriceRule": [
                                                        {"EnergyFee": rn(j, -2), "PowerRangeStart": rn(j, 3)}
                                                        for j in range(8)]} for i in range(1024)]}}}}}}),
        ("schedule-exchange-res-ongoing", {"ScheduleExchangeRes": {
            "Header": hdr(10), "ResponseCode": "OK", "EVSEProcessing": "Ongoing", "Dynamic_SEResControlMode": {}}}),
        ("schedule-exchange-res-scheduled-prices", {"ScheduleExchangeRes": {
            "Header": {**hdr(11), "Signature": signature(["PRICE-1", "PRICE-2"])},
            "ResponseCode": "OK", "EVSEProcessing": "Finished", "GoToPause": False,
            "Scheduled_SEResControlMode": {"ScheduleTuple": [
                {"ScheduleTupleID": 1, "ChargingSchedule": {"PowerSchedule": power_sched,
                                                            "AbsolutePriceSchedule": abs_price},
                 "DischargingSchedule": {"PowerSchedule": power_sched}},
                {"ScheduleTupleID": 2, "ChargingSchedule": {"PowerSchedule": power_sched,
                                                            "PriceLevelSchedule": level_price}},
                {"ScheduleTupleID": 4294967295, "ChargingSchedule": {"PowerSchedule": power_sched}}]}}}),
        ("schedule-exchange-res-1024-entries", {"ScheduleExchangeRes": {
            "Header": hdr(11), "ResponseCode": "OK", "EVSEProcessing": "Finished",
            "Scheduled_SEResControlMode": {"ScheduleTuple": [{"ScheduleTupleID": 1, "ChargingSchedule": {
                "PowerSchedule": {"TimeAnchor": T0, "PowerScheduleEntries": {"PowerScheduleEntry": [
                    {"Duration": 900, "Power": rn(2208 + (i % 7) * 100, 1)} for i in range(1024)]}}}}]}}}),
        ("schedule-exchange-res-dynamic-price", {"ScheduleExchangeRes": {
            "Header": hdr(11), "ResponseCode": "OK", "EVSEProcessing": "Finished",
            "Dynamic_SEResControlMode": {"DepartureTime": 28800, "MinimumSOC": 0, "TargetSOC": 100,
                                         "AbsolutePriceSchedule": abs_price}}}),
        ("schedule-exchange-res-dynamic-price-levels", {"ScheduleExchangeRes": {
            "Header": hdr(11), "ResponseCode": "OK", "EVSEProcessing": "Finished",
            "Dynamic_SEResControlMode": {"DepartureTime": 28800, "PriceLevelSchedule": level_price}}}),
        ("power-delivery-req-start-scheduled", {"PowerDeliveryReq": {
            "Header": hdr(20), "EVProcessing": "Finished", "ChargeProgress": "Start", "EVPowerProfile": {
                "TimeAnchor": T0 + 20, "Scheduled_EVPPTControlMode": {"SelectedScheduleTupleID": 1,
                                                                     "PowerToleranceAcceptance": "PowerToleranceConfirmed"},
                "EVPowerProfileEntries": {"EVPowerProfileEntry": [{"Duration": 3600, "Power": rn(150, 3)}]}},
            "BPT_ChannelSelection": "Charge"}}),
        ("power-delivery-req-2048-entries", {"PowerDeliveryReq": {
            "Header": hdr(20), "EVProcessing": "Finished", "ChargeProgress": "Start", "EVPowerProfile": {
                "TimeAnchor": T0 + 20, "Dynamic_EVPPTControlMode": {},
                "EVPowerProfileEntries": {"EVPowerProfileEntry": [
                    {"Duration": 30, "Power": rn(-11000 + (i % 11) * 2000, 0)} for i in range(2048)]}}}}),
        ("power-delivery-req-stop", {"PowerDeliveryReq": {"Header": hdr(900), "EVProcessing": "Finished",
                                                          "ChargeProgress": "Stop"}}),
        ("power-delivery-res", {"PowerDeliveryRes": {"Header": hdr(21), "ResponseCode": "OK", "EVSEStatus": {
            "NotificationMaxDelay": 60, "EVSENotification": "ExitStandby"}}}),
        ("metering-confirmation-req", {"MeteringConfirmationReq": {
            "Header": {**hdr(600), "Signature": signature(["SMD-1"])}, "SignedMeteringData": {
                "Id": "SMD-1", "SessionID": SID, "MeterInfo": {
                    "MeterID": "EMH-ED300L-0815", "ChargedEnergyReadingWh": 23456,
                    "BPT_DischargedEnergyReadingWh": 1200, "CapacitiveEnergyReadingVARh": 12,
                    "BPT_InductiveEnergyReadingVARh": 7, "MeterSignature": b64("meter", 64), "MeterStatus": 0,
                    "MeterTimestamp": T0 + 599},
                "Receipt": {"TimeAnchor": T0 + 600, "EnergyCosts": {"Amount": rn(1384, -2), "CostPerUnit": rn(59, -2)},
                            "OccupancyCosts": {"Amount": rn(0), "CostPerUnit": rn(10, -2)},
                            "TaxCosts": [{"TaxRuleID": 1, "Amount": rn(263, -2)}, {"TaxRuleID": 2, "Amount": rn(48, -2)}]},
                "Scheduled_SMDTControlMode": {"SelectedScheduleTupleID": 1}}}}),
        ("metering-confirmation-res", {"MeteringConfirmationRes": {"Header": hdr(601), "ResponseCode": "OK"}}),
        ("session-stop-req-terminate", {"SessionStopReq": {
            "Header": hdr(950), "ChargingSession": "Terminate", "EVTerminationCode": "BatteryFull",
            "EVTerminationExplanation": "Target SOC reached; driver requested stop via app. " * 3}}),
        ("session-stop-req-pause", {"SessionStopReq": {"Header": hdr(950), "ChargingSession": "Pause"}}),
        ("session-stop-res", {"SessionStopRes": {"Header": hdr(951), "ResponseCode": "OK"}}),
        ("certificate-installation-req", {"CertificateInstallationReq": {
            "Header": {**hdr(2), "Signature": signature(["OEM-CHAIN"])},
            "OEMProvisioningCertificateChain": {"Id": "OEM-CHAIN", "Certificate": b64("oem-leaf", 1600),
                                                "SubCertificates": {"Certificate": [b64(f"oem-sub{i}", 1600)
                                                                                    for i in range(3)]}},
            "ListOfRootCertificateIDs": {"RootCertificateID": [
                {"X509IssuerName": f"CN=V2G Root CA {i % 2},O=Hubject GmbH,C=DE",
                 "X509SerialNumber": [1, 12345678901234567890, 2**64 + 7, -5][i % 4]} for i in range(20)]},
            "MaximumContractCertificateChains": 3,
            "PrioritizedEMAIDs": {"EMAID": ["DE-8AA-1A2B3C4D5-6", "NL-TNM-C00122045-K"] * 4}}}),
        ("certificate-installation-res", {"CertificateInstallationRes": {
            "Header": {**hdr(3), "Signature": signature(["INSTALL-1"])}, "ResponseCode": "OK",
            "EVSEProcessing": "Finished",
            "CPSCertificateChain": {"Certificate": b64("cps-leaf", 700),
                                    "SubCertificates": {"Certificate": [b64("cps-sub", 650)]}},
            "SignedInstallationData": {"Id": "INSTALL-1", "ContractCertificateChain": contract_chain("contract2", 3),
                                       "ECDHCurve": "SECP521", "DHPublicKey": b64("dh", 133),
                                       "SECP521_EncryptedPrivateKey": b64("priv", 94)},
            "RemainingContractCertificateChains": 0}}),
        ("signed-installation-data-x448", {"SignedInstallationData": {
            "Id": "INSTALL-2", "ContractCertificateChain": contract_chain("contract3", 1), "ECDHCurve": "X448",
            "DHPublicKey": b64("dh2", 133), "X448_EncryptedPrivateKey": b64("priv448", 84)}}),
        ("signed-installation-data-tpm", {"SignedInstallationData": {
            "Id": "INSTALL-3", "ContractCertificateChain": contract_chain("contract4", 2), "ECDHCurve": "SECP521",
            "DHPublicKey": b64("dh3", 133), "TPM_EncryptedPrivateKey": b64("privtpm", 206)}}),
        ("vehicle-check-in-req", {"VehicleCheckInReq": {"Header": hdr(1), "EVCheckInStatus": "CheckIn",
                                                        "ParkingMethod": "AutoParking", "VehicleFrame": -32768,
                                                        "DeviceOffset": 0, "VehicleTravel": 32767}}),
        ("vehicle-check-in-res", {"VehicleCheckInRes": {"Header": hdr(1), "ResponseCode": "OK", "ParkingSpace": 12,
                                                        "DeviceLocation": -3, "TargetDistance": 150}}),
        ("vehicle-check-out-req", {"VehicleCheckOutReq": {"Header": hdr(960), "EVCheckOutStatus": "CheckOut",
                                                          "CheckOutTime": T0 + 960}}),
        ("vehicle-check-out-res", {"VehicleCheckOutRes": {"Header": hdr(961), "ResponseCode": "OK",
                                                          "EVSECheckOutStatus": "Completed"}}),
        ("power-delivery-res-warning", {"PowerDeliveryRes": {"Header": hdr(22),
                                                             "ResponseCode": "WARNING_StandbyNotAllowed"}}),
        ("session-stop-req-renegotiation-max-explanation", {"SessionStopReq": {
            "Header": hdr(1), "ChargingSession": "ServiceRenegotiation", "EVTerminationCode": "",
            "EVTerminationExplanation": "x" * 160}}),
    ]


def _ac() -> list[tuple[str, dict[str, Any]]]:
    phase = {"EVMaximumChargePower": rn(11040), "EVMaximumChargePower_L2": rn(3680),
             "EVMaximumChargePower_L3": rn(3680), "EVMinimumChargePower": rn(1380),
             "EVMinimumChargePower_L2": rn(460), "EVMinimumChargePower_L3": rn(460)}
    return [
        ("ac-cpd-req", {"AC_ChargeParameterDiscoveryReq": {"Header": hdr(12), "AC_CPDReqEnergyTransferMode": phase}}),
        ("ac-cpd-req-bpt", {"AC_ChargeParameterDiscoveryReq": {"Header": hdr(12), "BPT_AC_CPDReqEnergyTransferMode": {
            **phase, "EVMaximumDischargePower": rn(-11040), "EVMaximumDischargePower_L2": rn(-3680),
            "EVMaximumDischargePower_L3": rn(-3680), "EVMinimumDischargePower": rn(-1380),
            "EVMinimumDischargePower_L2": rn(-460), "EVMinimumDischargePower_L3": rn(-460)}}}),
        ("ac-cpd-res", {"AC_ChargeParameterDiscoveryRes": {"Header": hdr(13), "ResponseCode": "OK",
                                                           "AC_CPDResEnergyTransferMode": {
            "EVSEMaximumChargePower": rn(1104, 1), "EVSEMaximumChargePower_L2": rn(368, 1),
            "EVSEMaximumChargePower_L3": rn(368, 1), "EVSEMinimumChargePower": rn(138, 1),
            "EVSENominalFrequency": rn(50), "MaximumPowerAsymmetry": rn(46, 1),
            "EVSEPowerRampLimitation": rn(1000), "EVSEPresentActivePower": rn(0)}}}),
        ("ac-cpd-res-bpt", {"AC_ChargeParameterDiscoveryRes": {"Header": hdr(13), "ResponseCode": "OK",
                                                               "BPT_AC_CPDResEnergyTransferMode": {
            "EVSEMaximumChargePower": rn(2208, 1), "EVSEMinimumChargePower": rn(138, 1),
            "EVSENominalFrequency": rn(50), "EVSEMaximumDischargePower": rn(-2208, 1),
            "EVSEMinimumDischargePower": rn(-138, 1)}}}),
        ("ac-charge-loop-req-scheduled", {"AC_ChargeLoopReq": {
            "Header": hdr(30), "DisplayParameters": {"PresentSOC": 42, "ChargingComplete": False},
            "MeterInfoRequested": True, "Scheduled_AC_CLReqControlMode": {
                "EVTargetEnergyRequest": rn(40, 3), "EVMaximumEnergyRequest": rn(60, 3),
                "EVMinimumEnergyRequest": rn(5, 3), "EVMaximumChargePower": rn(11040),
                "EVMinimumChargePower": rn(1380), "EVPresentActivePower": rn(11000),
                "EVPresentActivePower_L2": rn(3667), "EVPresentActivePower_L3": rn(3667),
                "EVPresentReactivePower": rn(-120)}}}),
        ("ac-charge-loop-req-dynamic-bpt", {"AC_ChargeLoopReq": {
            "Header": hdr(31), "MeterInfoRequested": False, "BPT_Dynamic_AC_CLReqControlMode": {
                "DepartureTime": 7200, "EVTargetEnergyRequest": rn(40, 3), "EVMaximumEnergyRequest": rn(60, 3),
                "EVMinimumEnergyRequest": rn(-20, 3), "EVMaximumChargePower": rn(11040),
                "EVMinimumChargePower": rn(1380), "EVPresentActivePower": rn(-7400),
                "EVPresentReactivePower": rn(0), "EVMaximumDischargePower": rn(-11040),
                "EVMinimumDischargePower": rn(-1380), "EVMaximumV2XEnergyRequest": rn(20, 3),
                "EVMinimumV2XEnergyRequest": rn(-20, 3)}}}),
        ("ac-charge-loop-res-scheduled", {"AC_ChargeLoopRes": {
            "Header": hdr(30), "ResponseCode": "OK", "EVSEStatus": {"NotificationMaxDelay": 0,
                                                                    "EVSENotification": "Terminate"},
            "MeterInfo": {"MeterID": "SMU-3412-0077", "ChargedEnergyReadingWh": 1234},
            "Receipt": {"TimeAnchor": T0, "EnergyCosts": {"Amount": rn(312, -2), "CostPerUnit": rn(35, -2)}},
            "EVSETargetFrequency": rn(50), "Scheduled_AC_CLResControlMode": {
                "EVSETargetActivePower": rn(11000), "EVSETargetActivePower_L2": rn(3667),
                "EVSETargetActivePower_L3": rn(3667), "EVSETargetReactivePower": rn(0),
                "EVSEPresentActivePower": rn(10980)}}}),
        ("ac-charge-loop-res-dynamic-bpt", {"AC_ChargeLoopRes": {
            "Header": hdr(31), "ResponseCode": "OK", "BPT_Dynamic_AC_CLResControlMode": {
                "DepartureTime": 7000, "MinimumSOC": 20, "TargetSOC": 80, "AckMaxDelay": 30,
                "EVSETargetActivePower": rn(-7400), "EVSETargetReactivePower": rn(-500),
                "EVSEPresentActivePower": rn(-7390)}}}),
    ]


def _dc() -> list[tuple[str, dict[str, Any]]]:
    return [
        ("dc-cpd-req", {"DC_ChargeParameterDiscoveryReq": {"Header": hdr(12), "DC_CPDReqEnergyTransferMode": {
            "EVMaximumChargePower": rn(150, 3), "EVMinimumChargePower": rn(1, 3), "EVMaximumChargeCurrent": rn(350),
            "EVMinimumChargeCurrent": rn(1), "EVMaximumVoltage": rn(920), "EVMinimumVoltage": rn(200),
            "TargetSOC": 80}}}),
        ("dc-cpd-req-bpt", {"DC_ChargeParameterDiscoveryReq": {"Header": hdr(12), "BPT_DC_CPDReqEnergyTransferMode": {
            "EVMaximumChargePower": rn(150, 3), "EVMinimumChargePower": rn(1, 3), "EVMaximumChargeCurrent": rn(350),
            "EVMinimumChargeCurrent": rn(1), "EVMaximumVoltage": rn(920), "EVMinimumVoltage": rn(200),
            "EVMaximumDischargePower": rn(-50, 3), "EVMinimumDischargePower": rn(-1, 3),
            "EVMaximumDischargeCurrent": rn(-125), "EVMinimumDischargeCurrent": rn(-1)}}}),
        ("dc-cpd-res", {"DC_ChargeParameterDiscoveryRes": {"Header": hdr(13), "ResponseCode": "OK",
                                                           "DC_CPDResEnergyTransferMode": {
            "EVSEMaximumChargePower": rn(150, 3), "EVSEMinimumChargePower": rn(500), "EVSEMaximumChargeCurrent": rn(375),
            "EVSEMinimumChargeCurrent": rn(1), "EVSEMaximumVoltage": rn(1000), "EVSEMinimumVoltage": rn(150),
            "EVSEPowerRampLimitation": rn(25, 3)}}}),
        ("dc-cpd-res-bpt", {"DC_ChargeParameterDiscoveryRes": {"Header": hdr(13), "ResponseCode": "OK",
                                                               "BPT_DC_CPDResEnergyTransferMode": {
            "EVSEMaximumChargePower": rn(150, 3), "EVSEMinimumChargePower": rn(500), "EVSEMaximumChargeCurrent": rn(375),
            "EVSEMinimumChargeCurrent": rn(1), "EVSEMaximumVoltage": rn(1000), "EVSEMinimumVoltage": rn(150),
            "EVSEMaximumDischargePower": rn(-50, 3), "EVSEMinimumDischargePower": rn(-500),
            "EVSEMaximumDischargeCurrent": rn(-125), "EVSEMinimumDischargeCurrent": rn(-1)}}}),
        ("dc-cable-check-req", {"DC_CableCheckReq": {"Header": hdr(14)}}),
        ("dc-cable-check-res", {"DC_CableCheckRes": {"Header": hdr(15), "ResponseCode": "OK",
                                                     "EVSEProcessing": "Ongoing_WaitingForCustomerInteraction"}}),
        ("dc-pre-charge-req", {"DC_PreChargeReq": {"Header": hdr(16), "EVProcessing": "Ongoing",
                                                   "EVPresentVoltage": rn(3987, -1), "EVTargetVoltage": rn(400)}}),
        ("dc-pre-charge-res", {"DC_PreChargeRes": {"Header": hdr(17), "ResponseCode": "OK",
                                                   "EVSEPresentVoltage": rn(3995, -1)}}),
        ("dc-charge-loop-req-scheduled", {"DC_ChargeLoopReq": {
            "Header": hdr(40), "DisplayParameters": {"PresentSOC": 42, "MinimumSOC": 20, "TargetSOC": 80,
                                                     "RemainingTimeToTargetSOC": 1500, "ChargingComplete": False,
                                                     "BatteryEnergyCapacity": rn(77, 3), "InletHot": False},
            "MeterInfoRequested": False, "EVPresentVoltage": rn(4012, -1), "Scheduled_DC_CLReqControlMode": {
                "EVTargetEnergyRequest": rn(40, 3), "EVMaximumEnergyRequest": rn(60, 3),
                "EVMinimumEnergyRequest": rn(5, 3), "EVTargetCurrent": rn(350), "EVTargetVoltage": rn(420),
                "EVMaximumChargePower": rn(150, 3), "EVMinimumChargePower": rn(1, 3),
                "EVMaximumChargeCurrent": rn(350), "EVMaximumVoltage": rn(920), "EVMinimumVoltage": rn(200)}}}),
        ("dc-charge-loop-req-bpt-dynamic", {"DC_ChargeLoopReq": {
            "Header": hdr(41), "MeterInfoRequested": True, "EVPresentVoltage": rn(400),
            "BPT_Dynamic_DC_CLReqControlMode": {
                "DepartureTime": 3600, "EVTargetEnergyRequest": rn(40, 3), "EVMaximumEnergyRequest": rn(60, 3),
                "EVMinimumEnergyRequest": rn(-20, 3), "EVMaximumChargePower": rn(150, 3),
                "EVMinimumChargePower": rn(1, 3), "EVMaximumChargeCurrent": rn(350), "EVMaximumVoltage": rn(920),
                "EVMinimumVoltage": rn(200), "EVMaximumDischargePower": rn(-50, 3),
                "EVMinimumDischargePower": rn(-1, 3), "EVMaximumDischargeCurrent": rn(-125),
                "EVMaximumV2XEnergyRequest": rn(20, 3), "EVMinimumV2XEnergyRequest": rn(-20, 3)}}}),
        ("dc-charge-loop-res-scheduled", {"DC_ChargeLoopRes": {
            "Header": hdr(40), "ResponseCode": "OK", "EVSEStatus": {"NotificationMaxDelay": 120,
                                                                    "EVSENotification": "ScheduleRenegotiation"},
            "MeterInfo": {"MeterID": "EMH-ED300L-0815", "ChargedEnergyReadingWh": 18446744073709551615,
                          "MeterSignature": b64("meter2", 64), "MeterStatus": -32768, "MeterTimestamp": 0},
            "EVSEPresentCurrent": rn(3498, -1), "EVSEPresentVoltage": rn(4010, -1),
            "EVSEPowerLimitAchieved": False, "EVSECurrentLimitAchieved": True, "EVSEVoltageLimitAchieved": False,
            "Scheduled_DC_CLResControlMode": {"EVSEMaximumChargePower": rn(150, 3), "EVSEMinimumChargePower": rn(500),
                                              "EVSEMaximumChargeCurrent": rn(375), "EVSEMaximumVoltage": rn(1000)}}}),
        ("dc-charge-loop-res-bpt-dynamic", {"DC_ChargeLoopRes": {
            "Header": hdr(41), "ResponseCode": "OK", "EVSEPresentCurrent": rn(-1250, -1),
            "EVSEPresentVoltage": rn(400), "EVSEPowerLimitAchieved": True, "EVSECurrentLimitAchieved": False,
            "EVSEVoltageLimitAchieved": False, "BPT_Dynamic_DC_CLResControlMode": {
                "DepartureTime": 3500, "MinimumSOC": 20, "TargetSOC": 80, "AckMaxDelay": 10,
                "EVSEMaximumChargePower": rn(150, 3), "EVSEMinimumChargePower": rn(500),
                "EVSEMaximumChargeCurrent": rn(375), "EVSEMaximumVoltage": rn(1000),
                "EVSEMaximumDischargePower": rn(-50, 3), "EVSEMinimumDischargePower": rn(-500),
                "EVSEMaximumDischargeCurrent": rn(-125), "EVSEMinimumVoltage": rn(150)}}}),
        ("dc-welding-detection-req", {"DC_WeldingDetectionReq": {"Header": hdr(955), "EVProcessing": "Finished"}}),
        ("dc-welding-detection-res", {"DC_WeldingDetectionRes": {"Header": hdr(956), "ResponseCode": "OK",
                                                                 "EVSEPresentVoltage": rn(12, -1)}}),
    ]


def _app() -> list[tuple[str, dict[str, Any]]]:
    def proto(ns: str, major: int, minor: int, sid: int, prio: int) -> dict[str, Any]:
        return {"ProtocolNamespace": ns, "VersionNumberMajor": major, "VersionNumberMinor": minor,
                "SchemaID": sid, "Priority": prio}
    return [
        ("sap-req-three", {"supportedAppProtocolReq": {"AppProtocol": [
            proto("urn:iso:std:iso:15118:-20:DC", 1, 0, 1, 1), proto("urn:iso:15118:2:2013:MsgDef", 2, 0, 2, 2),
            proto("urn:din:70121:2012:MsgDef", 2, 0, 3, 3)]}}),
        ("sap-req-max", {"supportedAppProtocolReq": {"AppProtocol": [
            proto(["urn:iso:std:iso:15118:-20:AC", "urn:iso:std:iso:15118:-20:DC", "urn:iso:std:iso:15118:-20:WPT",
                   "urn:iso:std:iso:15118:-20:ACDP"][i % 4], 1, i % 2, i, 1 + i % 20) for i in range(20)]}}),
        ("sap-res-ok", {"supportedAppProtocolRes": {"ResponseCode": "OK_SuccessfulNegotiation", "SchemaID": 1}}),
        ("sap-res-failed", {"supportedAppProtocolRes": {"ResponseCode": "Failed_NoNegotiation"}}),
    ]


def _dsig_fragments() -> list[tuple[str, dict[str, Any]]]:
    """SignedInfo as -20 signs it: the reference's xmldsig JSON mode takes exactly this template."""
    return [
        ("signedinfo-one-ref", {"SignedInfo": signed_info(["AUTH-1"])}),
        ("signedinfo-two-refs", {"SignedInfo": signed_info(["PRICE-1", "PRICE-2"])}),
        ("signedinfo-four-refs", {"SignedInfo": signed_info(["ID1", "ID2", "ID3", "ID1"])}),
    ]


KEYS = "urn:example:oem:keys"   # (xmldsig11's own ECKeyValue is typed, so xsi:type anyType would not validate)
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
OEM = "urn:example:oem:v2g-signing"
DS = "{%s}" % m.XMLDSIG


def fe(q: str, attrs: dict[str, str] | None = None, *content: Any) -> dict[str, Any]:
    """A foreign element (inside a wildcard) in the codec's JSON shape."""
    out: dict[str, Any] = {"element": q}
    if attrs:
        out["attributes"] = attrs
    if content:
        out["content"] = list(content)
    return out


def ec_key_value(label: str) -> dict[str, Any]:
    """An EC public key in the shape of XML Signature 1.1's ECKeyValue: a -20 contract/OEM key in KeyValue."""
    return fe("{%s}ECKeyValue" % KEYS, None,
              fe("{%s}NamedCurve" % KEYS, {"URI": "urn:oid:1.2.840.10045.3.1.7"}),
              fe("{%s}PublicKey" % KEYS, None, b64(label, 65)))


def signature_properties(ident: str, target: str) -> dict[str, Any]:
    return {"Id": ident, "SignatureProperty": [
        {"Target": target, "Id": ident + "-time",
         "content": [fe("{%s}SigningTime" % OEM, None, "2024-09-04T13:25:22Z")]},
        {"Target": target, "content": [fe("{%s}SigningDevice" % OEM, {"vendor": "ACME", "serial": "SN-000123"},
                                          fe("{%s}Firmware" % OEM, None, "4.2.1"))]},
    ]}


def _dsig_wildcards() -> list[tuple[str, dict[str, Any]]]:
    """xs:any wildcard content and mixed text in xmldsig types: the signing metadata, key formats and
    canonicalisation parameters XML Signature carries there."""
    return [
        ("signature-properties-signing-time", {"SignatureProperties": signature_properties("props-1", "#sig-1")}),
        ("signature-properties-three", {"SignatureProperties": {"SignatureProperty": [
            {"Target": "#sig-%d" % i, "content": [fe("{%s}Counter" % OEM, {"scope": "session"}, str(i))]}
            for i in range(3)]}}),
        ("signature-property-mixed-text", {"SignatureProperty": {
            "Id": "prop-note", "Target": "#sig-1",
            "content": ["signed at charger ", fe("{%s}EVSEID" % OEM, None, "DE*PNX*E12345*1"), " during PnC"]}}),
        ("signature-property-two-elements", {"SignatureProperty": {"Target": "#AUTH-1", "content": [
            fe("{%s}Location" % OEM, {"lat": "48.137", "lon": "11.575"}),
            fe("{%s}Operator" % OEM, None, "PNX")]}}),
        ("object-signature-properties", {"Object": {"Id": "obj-1", "content": [
            {DS + "SignatureProperties": signature_properties("props-2", "#sig-2")}]}}),
        ("object-foreign-mixed", {"Object": {"Id": "obj-2", "MimeType": "text/xml",
                                             "Encoding": "http://www.w3.org/2000/09/xmldsig#base64",
                                             "content": ["note: ", fe("{%s}Audit" % OEM, {"level": "2"},
                                                                      "checked", fe("{%s}By" % OEM)), " end"]}}),
        # qname string tables: a local (not global) xmldsig name hits both partitions; a -20 namespace is a
        # URI miss in the xmldsig schema set; repeated foreign names hit the learned local names
        ("object-table-hits", {"Object": {"content": [
            fe(DS + "X509IssuerName", None, "CN=Root"), fe("{urn:iso:std:iso:15118:-20:CommonTypes}Header"),
            fe(DS + "X509IssuerName", {"Id": "n2"}, "CN=Sub"), "Prüfung ✓ 中"]}}),
        # attributes go out sorted by local name, then URI, whatever their order here
        ("object-attribute-order", {"Object": {"content": [fe("{%s}Seal" % OEM, {
            "zone": "EU", "{%s}alg" % KEYS: "ES256", "Id": "seal-1", "{%s}zone" % KEYS: "DE"})]}}),
        ("keyinfo-name-and-foreign", {"KeyInfo": {"Id": "ki-1", "KeyName": ["OEM-Prov-Cert-1"], "content": [
            fe("{%s}CertificateHandle" % OEM, {"slot": "3"}, "A5C3E1F0")]}}),
        ("keyvalue-ec-key", {"KeyValue": {"content": [ec_key_value("eckey-1")]}}),
        ("keyvalue-ec-key-mixed", {"KeyValue": {"content": ["EC ", ec_key_value("eckey-2")]}}),
        # one kind of X509Data child next to foreign ones: with two kinds the reference's XML mode (JAXB) drops one
        ("x509data-foreign", {"X509Data": {"X509Certificate": [b64("x509-1", 300), b64("x509-2", 280)],
                                           "content": [fe("{%s}CertHash" % OEM, {"alg": "sha256"},
                                                          b64("certhash", 32))]}}),
        ("transform-xpath-foreign", {"Transform": {"Algorithm": "http://www.w3.org/TR/1999/REC-xpath-19991116",
                                                   "XPath": ["not(ancestor-or-self::Signature)"],
                                                   "content": [fe("{%s}Filter" % OEM, {"mode": "intersect"}),
                                                               " trailing text"]}}),
        ("transform-exc-c14n", {"Transform": {"Algorithm": "http://www.w3.org/2001/10/xml-exc-c14n#", "content": [
            fe("{%s}InclusiveNamespaces" % EXC_C14N, {"PrefixList": "ds xsi"})]}}),
        ("signature-method-hmac-foreign", {"SignatureMethod": {
            "Algorithm": "http://www.w3.org/2000/09/xmldsig#hmac-sha1", "HMACOutputLength": [160],
            "content": [fe("{%s}KeyLabel" % OEM, None, "session-mac"), "hmac"]}}),
        ("signature-method-hmac-text", {"SignatureMethod": {
            "Algorithm": "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256", "HMACOutputLength": [256],
            "content": ["truncated to 256 bits"]}}),
        ("canonicalization-exc-c14n", {"CanonicalizationMethod": {"Algorithm": EXC_C14N, "content": [
            fe("{%s}InclusiveNamespaces" % EXC_C14N, {"PrefixList": "ct cm"})]}}),
        ("digest-method-foreign", {"DigestMethod": {"Algorithm": "http://www.w3.org/2001/04/xmlenc#sha512",
                                                    "content": [fe("{%s}Truncation" % OEM, {"bits": "256"})]}}),
        ("pgpdata-foreign", {"PGPData": {"PGPKeyID": b64("pgpid", 8), "content": [
            fe("{%s}Fingerprint" % OEM, None, b64("pgpfp", 20))]}}),
        ("spkidata-foreign", {"SPKIData": {"SPKISexp": [b64("spki-1", 40), b64("spki-2", 40)], "content": [
            fe("{%s}SexpFormat" % OEM, None, "canonical")]}}),
        ("signature-full-wildcards", {"Signature": {
            "Id": "sig-1", **signature(["AUTH-1"]),
            "KeyInfo": {"KeyValue": [{"content": [ec_key_value("eckey-3")]}], "content": [
                fe("{%s}CertificateHandle" % OEM, None, "slot-1")]},
            "Object": [{"Id": "obj-3", "content": [{DS + "SignatureProperties": signature_properties("p3", "#sig-1")}]},
                       {"content": ["plain text object"]}]}}),
    ]


def _cm_wildcards() -> list[tuple[str, dict[str, Any]]]:
    """-20 messages whose header signature carries wildcard content (the CommonMessages schema set)."""
    sig = {**signature(["AUTH-1"]), "KeyInfo": {"KeyName": ["contract-1"], "content": [
        fe("{%s}CertificateHandle" % OEM, {"slot": "1"}, "C0FFEE")]},
        "Object": [{"Id": "meta", "content": [{DS + "SignatureProperties": signature_properties("sp", "#AUTH-1")}]}]}
    return [
        ("authorization-req-signature-object", {"AuthorizationReq": {
            "Header": {**hdr(20), "Signature": sig}, "SelectedAuthorizationService": "PnC",
            "PnC_AReqAuthorizationMode": {"Id": "AUTH-1", "GenChallenge": b64("gench", 16),
                                          "ContractCertificateChain": contract_chain("contract-w")}}}),
        ("session-stop-req-signature-mixed", {"SessionStopReq": {
            "Header": {**hdr(990), "Signature": {**signature(["STOP-1"]), "Object": [
                {"content": ["stop reason: ", fe("{%s}Reason" % OEM, {"code": "7"}, "user"), " (EV)"]}]}},
            "ChargingSession": "Terminate"}}),
    ]


def cases() -> list[dict[str, Any]]:
    out = []
    for ns, group in ((m.COMMON_MESSAGES, _cm() + _cm_wildcards()), (m.AC, _ac()), (m.DC, _dc()),
                      (m.APP_PROTOCOL, _app()), (m.XMLDSIG, _dsig_wildcards())):
        for name, msg in group:
            out.append({"case": f"hand-{m.SHORT_NS[ns]}-{name}", "message": next(iter(msg)), "namespace": ns,
                        "kind": "document", "json": msg})
    for name, msg in _dsig_fragments():
        out.append({"case": f"hand-ds-{name}", "message": "SignedInfo", "namespace": m.XMLDSIG,
                    "kind": "fragment", "json": msg})
        out.append({"case": f"hand-ds-{name}-document", "message": "SignedInfo", "namespace": m.XMLDSIG,
                    "kind": "document", "json": msg})
    return out
