namespace Reception.Contracts.Returnees;

[GenerateSerializer, Alias("reception.document-type")]
public enum DocumentType
{
    Curp,
    BirthCertificate,
    VoterId,
    Passport,
    ConsularId,
    SchoolCertificates,
    ProfessionalLicence,
}
